"""Facets and filters: counts of city, county, town, kind, author, person and year over
all hits, and the documents a set of facet values allows.

A snapshot holds each facet as small integer codes per document
(app.search.snapshot), so counting is a few ``bincount``s (app.search.tally) and a filter a mask.
"""

from __future__ import annotations

import numpy as np

from .dates import Restriction
from .snapshot import FACET_KEYS, Snapshot
from .tally import YEAR


def facet_counts(snap: Snapshot, docs: np.ndarray, limit: int = 50,
                 restriction: Restriction | None = None) -> dict[str, list[tuple[str, int]]]:
    """Counts of each facet value over `docs` (live docnums), most common first, equal counts by value;
    hits per year, and per month when the restriction lies in one year, in time order (dated hits only)."""
    counts = snap.tallies.counts(docs)
    out: dict[str, list[tuple[str, int]]] = {}
    for key in FACET_KEYS:
        out[key] = _most_common(counts[key], snap.columns[key], limit)
    for key, multi in snap.multi.items():
        out[key] = _most_common(counts[key], multi, limit)
    per_year = counts[YEAR]
    years = np.flatnonzero(per_year[1:]) + 1  # year 0: no date
    out["year"] = [(f"{y:04d}", c) for y, c in zip(years.tolist(), per_year[years].tolist())]
    year = restriction.one_year() if restriction else None
    if year is not None:
        day = snap.days[docs]
        out["month"] = _counted(day[day // 10_000 == year] // 100, lambda v: f"{v // 100:04d}-{v % 100:02d}")
    return out


def _most_common(counts: np.ndarray, facet, limit: int) -> list[tuple[str, int]]:
    """The `limit` most common values of a facet (none empty); ties by value, so the list does
    not depend on the order the hits came in. Ordered in numpy by (−count, the value's rank)."""
    empty = facet.index.get("")
    if empty is not None:
        counts[empty] = 0
    codes = np.flatnonzero(counts)
    codes = codes[np.lexsort((facet.rank[codes], -counts[codes]))[:limit]]
    return [(facet.values[c], int(counts[c])) for c in codes.tolist()]


def filter_mask(snap: Snapshot, filters: dict[str, str]) -> np.ndarray:
    """Live documents with every facet value in `filters` (none: all)."""
    mask = snap.live.copy()  # the facet masks include deleted documents
    for key, value in filters.items():
        if value is None or value == "":
            continue
        mask &= snap.facet_mask(key, value)
    return mask


def _counted(values: np.ndarray, label) -> list[tuple[str, int]]:
    """Each distinct value (a year or a month: a narrow range) with its count, in order."""
    if not len(values):
        return []
    low = int(values.min())
    counts = np.bincount(values - low)
    found = np.flatnonzero(counts)
    return [(label(int(v) + low), int(c)) for v, c in zip(found.tolist(), counts[found].tolist())]
