"""Dates in the index: the page order of every document holds its page's day (YYYYMMDD, 0 when the
page has no date) and its page id, so a date range, a newspaper's pages (the snapshot's
``restriction_mask``), oldest-first ranking (ranking) and year/month counts (facets) are numpy
operations on arrays the snapshot derives once, as fast as the search without them.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

SEQ_SLOTS = 10_000  # positions on a page
PAGE_SLOTS = 10_000_000  # page ids
MAX_SEQ = SEQ_SLOTS - 1
DAY_SLOTS = PAGE_SLOTS * SEQ_SLOTS  # page orders within one day


def page_order(day: int, page_id: int, seq: int) -> int:
    """The listing order as one number, larger first: newest page (by printed day when known, then by
    page id), and within a page the order it was printed in."""
    return (day * PAGE_SLOTS + page_id) * SEQ_SLOTS + (MAX_SEQ - min(seq, MAX_SEQ))


def day_of(order: np.ndarray) -> np.ndarray:
    return order // DAY_SLOTS


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
