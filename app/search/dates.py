"""Dates in the index: the page order of every document holds its page's day (YYYYMMDD, 0 when the
page has no date) and its page id, so a date range, a newspaper's pages, oldest-first ranking and
year/month counts are numpy operations on one array per snapshot, as fast as the search without them.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

SEQ_SLOTS = 10_000  # positions on a page
PAGE_SLOTS = 10_000_000  # page ids
MAX_SEQ = SEQ_SLOTS - 1
UNDATED_LAST = np.iinfo(np.int64).max


def page_order(day: int, page_id: int, seq: int) -> int:
    """The listing order as one number, larger first: newest page (by printed day when known, then by
    page id), and within a page the order it was printed in."""
    return (day * PAGE_SLOTS + page_id) * SEQ_SLOTS + (MAX_SEQ - min(seq, MAX_SEQ))


def day_of(order: np.ndarray) -> np.ndarray:
    return order // (PAGE_SLOTS * SEQ_SLOTS)


def page_of(order: np.ndarray) -> np.ndarray:
    return (order // SEQ_SLOTS) % PAGE_SLOTS


@dataclass(frozen=True)
class Restriction:
    """What facets cannot express: an inclusive day range (YYYYMMDD numbers; None is open) and a set of
    page ids (one newspaper's pages)."""

    first_day: int | None = None
    last_day: int | None = None
    page_ids: tuple[int, ...] | None = None

    def one_year(self) -> int | None:
        """The year the range lies in, when it lies in one."""
        if self.first_day and self.last_day and self.first_day // 10_000 == self.last_day // 10_000:
            return self.first_day // 10_000
        return None


def days(snap) -> np.ndarray:
    """Every docnum's day, computed once per snapshot (whose arrays never change)."""
    cached = snap.__dict__.get("_days")
    if cached is None:
        cached = snap.__dict__.setdefault("_days", day_of(snap.order))
    return cached


def restriction_mask(snap, restriction: Restriction) -> np.ndarray:
    """Docnums within the restriction (deleted ones too: callers combine it with the live mask)."""
    day = days(snap)
    mask = np.ones(snap.n, dtype=bool)
    if restriction.first_day is not None:
        mask &= day >= restriction.first_day
    if restriction.last_day is not None:
        mask &= (day <= restriction.last_day) & (day > 0)
    if restriction.page_ids is not None:
        mask &= np.isin(page_of(snap.order), np.asarray(restriction.page_ids, dtype=np.int64))
    return mask


def period_counts(snap, docs: np.ndarray, restriction: Restriction | None) -> dict[str, list[tuple[str, int]]]:
    """Hits per year, and per month when the restriction lies in one year; in time order, dated hits only."""
    day = days(snap)[docs]
    day = day[day > 0]
    facets = {"year": counted(day // 10_000, lambda v: f"{v:04d}")}
    year = restriction.one_year() if restriction else None
    if year is not None:
        month = day[day // 10_000 == year] // 100
        facets["month"] = counted(month, lambda v: f"{v // 100:04d}-{v % 100:02d}")
    return facets


def counted(values: np.ndarray, label) -> list[tuple[str, int]]:
    found, counts = np.unique(values, return_counts=True)
    return [(label(int(v)), int(c)) for v, c in zip(found.tolist(), counts.tolist())]


def rank_oldest(snap, docs: np.ndarray, k: int) -> np.ndarray:
    """Indices into `docs` of the k oldest: by page order ascending, undated pages after dated ones."""
    if not len(docs) or k <= 0:
        return np.zeros(0, dtype=np.int64)
    order = snap.order[docs]
    primary = np.where(days(snap)[docs] > 0, order, UNDATED_LAST - (order % (PAGE_SLOTS * SEQ_SLOTS)))
    cand = np.arange(len(docs))
    if len(docs) > k:
        kth = np.partition(primary, k - 1)[k - 1]
        cand = np.flatnonzero(primary <= kth)
    return cand[np.lexsort((docs[cand], primary[cand]))][:k]
