"""Newspaper names: kept as printed, grouped under one canonical name by the alias table
(data/newspapers.csv: `canonical,alias`; one line per alias; edit the file, not the code)."""

import csv
from functools import cache
from importlib.resources import files

from app.text import search_fold


@cache
def aliases() -> dict[str, str]:
    """Folded alias (and folded canonical name) → canonical name."""
    table: dict[str, str] = {}
    with (files("app.sources") / "data" / "newspapers.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(line for line in handle if not line.startswith("#")):
            canonical = row["canonical"].strip()
            table[search_fold(canonical)] = canonical
            table[search_fold(row["alias"].strip())] = canonical
    return table


def canonical_newspaper(printed: str | None) -> str | None:
    """The canonical name a printed name is grouped under; a name the table does not know is its own."""
    if not printed or not printed.strip():
        return None
    name = " ".join(printed.split())
    return aliases().get(search_fold(name), name)


def known_newspaper(printed: str) -> str | None:
    """The canonical name when the alias table knows `printed`, else None (used to read mastheads)."""
    return aliases().get(search_fold(" ".join(printed.split())))
