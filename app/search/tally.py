"""Counting a search's hits for its facets in a few array passes, whatever their number.

A common term hits most of the archive, and every hit is counted for six facets and the years: one
gather and one ``bincount`` a facet would read the hits seven times. So the snapshot numbers once the
combinations of the one-value facets (city, county, town, kind) and the year that documents have —
a few thousand — and keeps one combination code per document: the hits are read once, counted per
combination, and each facet's counts are summed from the combinations' counts. A facet with several
values per document (authors, people) keeps its first value per document in a dense array (one
gather and one ``bincount``) and the few others as pairs, counted through a mask of the hits.
"""

from __future__ import annotations

import numpy as np

YEAR = "year"  # the combinations' year (0: no date), beside the one-value facets


class Tallies:
    """What counting needs, built once per snapshot from its facet codes and its documents' days."""

    __slots__ = ("combo", "of_combo", "sizes", "first", "more_doc", "more_code", "n")

    def __init__(self, codes: dict[str, tuple[np.ndarray, int]], days: np.ndarray,
                 pairs: dict[str, tuple[np.ndarray, np.ndarray, int]], n: int) -> None:
        """`codes`: per one-value facet, a code per document and the number of values; `pairs`: per
        several-value facet, (docnum, value code) pairs in docnum order and the number of values."""
        self.n = n
        years = days // 10_000
        columns = {**{key: (c.astype(np.int64), size) for key, (c, size) in codes.items()},
                   YEAR: (years - years.min(initial=0), int(years.max(initial=0) - years.min(initial=0)) + 1)}
        key = np.zeros(n, dtype=np.int64)
        for c, size in columns.values():
            key = key * size + c
        found, combo = np.unique(key, return_inverse=True)
        self.combo = combo.astype(np.int32)
        self.of_combo: dict[str, np.ndarray] = {}  # each combination's value code of a facet (a year for YEAR)
        for name, (_c, size) in reversed(columns.items()):
            found, self.of_combo[name] = np.divmod(found, size)
        self.of_combo[YEAR] = self.of_combo[YEAR] + years.min(initial=0)
        self.sizes = {key: size for key, (_c, size) in codes.items()}
        self.first: dict[str, np.ndarray] = {}
        self.more_doc: dict[str, np.ndarray] = {}
        self.more_code: dict[str, np.ndarray] = {}
        for key, (doc, code, size) in pairs.items():
            first = np.full(n, size, dtype=np.int32)  # size: no value
            lead = np.ones(len(doc), dtype=bool)
            lead[1:] = doc[1:] != doc[:-1]
            first[doc[lead]] = code[lead]
            self.first[key] = first
            self.more_doc[key], self.more_code[key] = doc[~lead], code[~lead]
            self.sizes[key] = size

    def counts(self, docs: np.ndarray) -> dict[str, np.ndarray]:
        """Per facet, the number of `docs` with each value code; per year (YEAR), the number dated in it."""
        per_combo = np.bincount(self.combo[docs], minlength=len(self.of_combo[YEAR]))
        out = {key: _summed(self.of_combo[key], per_combo, self.sizes.get(key)) for key in self.of_combo}
        hit = None
        for key, first in self.first.items():
            size = self.sizes[key]
            counts = np.bincount(first[docs], minlength=size + 1)[:size]
            if len(self.more_doc[key]):
                if hit is None:
                    hit = np.zeros(self.n, dtype=bool)
                    hit[docs] = True
                counts += np.bincount(self.more_code[key][hit[self.more_doc[key]]], minlength=size)
            out[key] = counts
        return out


def _summed(values: np.ndarray, per_combo: np.ndarray, size: int | None) -> np.ndarray:
    """The combinations' counts summed per value (exact: counts are far below 2**53)."""
    return np.bincount(values, weights=per_combo, minlength=size or 0).astype(np.int64)
