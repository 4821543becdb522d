"""BM25F: how well a document matches one atom of a query.

Scores are array arithmetic over the documents an atom matched: the term
frequency in the body (field ``all``) plus the frequencies in the boosted
fields (title ×3, places ×2), each normalised by its field's length, then
saturated with BM25's k1. The idf comes from the atom's terms' document
frequencies (a phrase's: its rarest bigram's), never from the number of
documents it happened to be matched in, so filters and the order AND
operands are evaluated in change no score (app.search.evaluate).
"""

from __future__ import annotations

import math

import numpy as np

K1 = 1.2
B = 0.75
# BM25F field weights: a hit in the headline or in a place name counts more.
FIELD_WEIGHTS = {"all": 1.0, "title": 3.0, "place": 2.0}
# Fields whose hits add to a hit in ``all`` (they are part of it).
BOOSTED_FIELDS = ("title", "place")
# Fields with BM25 length normalisation (their lengths are in the meta column).
SCORED_FIELDS = ("all", "title", "place")


def length_norms(lens: np.ndarray, live: np.ndarray, doc_count: int) -> np.ndarray:
    """BM25's length normalisation of every document in one field, against
    the live documents' average length."""
    avg = float(lens[live].mean()) if doc_count else 1.0
    avg = avg or 1.0
    return 1.0 / (1 - B + B * lens / avg)


def idf(doc_count: int, df: int) -> float:
    n = doc_count or 1
    return math.log(1 + (n - df + 0.5) / (df + 0.5))


def bm25f(norm: dict[str, np.ndarray], doc_count: int, field: str, docs: np.ndarray, tf: np.ndarray,
          boosted: dict[str, tuple[np.ndarray, np.ndarray]], df: int) -> np.ndarray:
    """Scores of `docs` (sorted docnums) matching an atom in `field` with
    frequencies `tf`; `boosted` gives, for a search of ``all``, the docnums
    (a subset of `docs`) and frequencies of the same atom in each boosted
    field. `norm` is the snapshot's length normalisation per field."""
    weight = idf(doc_count, df)
    if field == "all":
        x = tf * norm["all"][docs]
        # Boosted fields: only documents that already match can gain.
        for f in BOOSTED_FIELDS:
            fdocs, ftf = boosted.get(f, (docs[:0], tf[:0]))
            if len(fdocs):
                x[np.searchsorted(docs, fdocs)] += ftf * FIELD_WEIGHTS[f] * norm[f][fdocs]
    else:
        field_norm = norm.get(field)
        x = tf * field_norm[docs] if field_norm is not None else tf.copy()
        w = FIELD_WEIGHTS.get(field, 1.0)
        if w != 1.0:
            x *= w
    return x / (x + K1) * (weight * (K1 + 1))
