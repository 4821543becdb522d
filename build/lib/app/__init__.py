"""zhenzhi — a searchable archive of local-governance reporting from Chinese newspapers."""

__version__ = "0.1.0"
