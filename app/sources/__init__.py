"""Where a page comes from: newspaper, date and edition, read from a sidecar, the file name or the
page's own masthead (pure; no database, no web)."""

from .dates import DateRejected, chinese_date, day_number, normalise_date, parse_period
from .metadata import MetaRejected, PageMeta, resolve_meta
from .newspapers import canonical_newspaper

__all__ = ["DateRejected", "MetaRejected", "PageMeta", "canonical_newspaper", "chinese_date", "day_number",
           "normalise_date", "parse_period", "resolve_meta"]
