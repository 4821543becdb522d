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
MASK_FROM = 10  # from one hit per ten pairs after a document's first, a mask of the hits counts those faster


class Tallies:
    """What counting needs, built once per snapshot from its facet codes and its documents' days."""

    __slots__ = ("combo", "of_combo", "sizes", "first", "pairs", "more")

    def __init__(self, codes: dict[str, tuple[np.ndarray, int]], days: np.ndarray,
                 pairs: dict[str, tuple[np.ndarray, np.ndarray, int]]) -> None:
        """`codes`: per one-value facet, a code per document and the number of values; `pairs`: per
        several-value facet, the value codes of all (docnum, value) pairs in docnum order, where each
        document's pairs start (one more entry than documents) and the number of values."""
        years = days // 10_000
        first_year = int(years.min(initial=0))
        years -= first_year
        columns = {**codes, YEAR: (years, int(years.max(initial=0)) + 1)}
        key = np.zeros(len(days), dtype=np.int64)
        for c, size in columns.values():  # in place: a large archive's copies would add up
            key *= size
            key += c
        spans = {name: size for name, (_c, size) in columns.items()}
        del years, columns
        found, combo = np.unique(key, return_inverse=True)
        del key
        self.combo = combo.astype(np.min_scalar_type(len(found)))  # the smallest codes: memory per document
        self.of_combo: dict[str, np.ndarray] = {}  # each combination's value code of a facet (a year for YEAR)
        for name, size in reversed(spans.items()):
            found, self.of_combo[name] = np.divmod(found, size)
        self.of_combo = dict(reversed(self.of_combo.items()))
        self.of_combo[YEAR] += first_year
        self.sizes = {key: size for key, (_c, size) in codes.items()}
        self.first: dict[str, np.ndarray] = {}
        self.pairs: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self.more: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for key, (code, start, size) in pairs.items():
            first = np.full(len(days), size, dtype=np.min_scalar_type(size))  # size: no value
            some = start[1:] > start[:-1]
            first[some] = code[start[:-1][some]]
            self.first[key] = first
            self.pairs[key] = (code, start)
            lead = np.zeros(len(code), dtype=bool)
            lead[start[:-1][some]] = True
            doc = np.repeat(np.arange(len(days), dtype=np.int32), np.diff(start))
            self.more[key] = (doc[~lead], code[~lead].astype(first.dtype))  # the pairs after each document's first
            self.sizes[key] = size

    def counts(self, docs: np.ndarray) -> dict[str, np.ndarray]:
        """Per facet, the number of `docs` with each value code; per year (YEAR), the number dated in it."""
        per_combo = np.bincount(self.combo[docs], minlength=len(self.of_combo[YEAR]))
        found = np.flatnonzero(per_combo)  # a few hits meet a few combinations: only those are summed
        per_combo = per_combo[found]
        out = {key: _summed(of_combo[found], per_combo, self.sizes.get(key)) for key, of_combo in self.of_combo.items()}
        hit = None
        for key, first in self.first.items():
            size = self.sizes[key]
            more_doc, more_code = self.more[key]
            if len(docs) * MASK_FROM < len(more_doc):
                more = _more(*self.pairs[key], docs, size)
            else:  # many hits: through a mask of them, over the few documents with several values
                if hit is None:
                    hit = np.zeros(len(first), dtype=bool)
                    hit[docs] = True
                more = np.bincount(more_code[hit[more_doc]], minlength=size)
            out[key] = np.bincount(first[docs], minlength=size + 1)[:size] + more
        return out


def _more(code: np.ndarray, start: np.ndarray, docs: np.ndarray, size: int) -> np.ndarray:
    """Counts of the values after each of `docs`' first (a document's pairs are start[d]:start[d + 1])."""
    begin = start[docs] + 1
    lengths = start[docs + 1] - begin
    more = lengths > 0  # most documents have one value or none
    begin, lengths = begin[more], lengths[more]
    ends = np.cumsum(lengths)
    at = np.repeat(begin - ends + lengths, lengths) + np.arange(int(ends[-1]) if len(ends) else 0)
    return np.bincount(code[at], minlength=size)


def _summed(values: np.ndarray, per_combo: np.ndarray, size: int | None) -> np.ndarray:
    """The combinations' counts summed per value (exact: counts are far below 2**53)."""
    return np.bincount(values, weights=per_combo, minlength=size or 0).astype(np.int64)
