"""Renderings of article records outside HTML and JSON: CSV/NDJSON, Atom, citations."""
