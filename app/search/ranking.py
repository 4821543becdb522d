"""Ranking: the top k of a query's hits.

By score (a whole query found as one phrase first, then BM25F), or by page
order (newest first, or oldest first, with pages of no date last); equal scores go newest page first and
the docnum breaks the last ties, so a page of results never depends on the
order the hits were computed in. Only the requested pages are sorted:
``np.partition`` finds everything at least as good as the k-th hit.
"""

from __future__ import annotations

import numpy as np

from .dates import DAY_SLOTS
from .evaluate import Scored
from .snapshot import Snapshot

SORTS = ("relevance", "order", "order_asc", "oldest")
UNDATED_LAST = np.iinfo(np.int64).max
EXACT_BONUS = 1e6  # whole query as one phrase: ranked above scattered parts


def with_exact_bonus(snap: Snapshot, result: Scored, exact: np.ndarray) -> Scored:
    """`result` with the documents in `exact` (the whole query as one
    phrase) lifted above every other."""
    return Scored(result.docs, result.scores + snap.mask(exact)[result.docs] * EXACT_BONUS)


def rank(snap: Snapshot, result: Scored, k: int, sort: str) -> np.ndarray:
    """Indices into `result` of its first k documents: by score then page
    order (newest first), or by page order alone; docnum breaks ties."""
    docs, scores = result
    if not len(docs) or k <= 0:
        return np.zeros(0, dtype=np.int64)
    order = snap.order[docs]
    if sort == "order":
        primary = -order
    elif sort == "order_asc":
        primary = order
    elif sort == "oldest":  # page order ascending, undated pages after every dated one
        primary = np.where(snap.days[docs] > 0, order, UNDATED_LAST - (order % DAY_SLOTS))
    else:
        primary = -scores
    cand = np.arange(len(docs))
    if len(docs) > k:
        # Everything at least as good as the k-th best, then sorted exactly.
        kth = np.partition(primary, k - 1)[k - 1]
        cand = np.flatnonzero(primary <= kth)
    if sort == "relevance":
        by = np.lexsort((docs[cand], -order[cand], primary[cand]))
    else:
        by = np.lexsort((docs[cand], primary[cand]))
    return cand[by][:k]
