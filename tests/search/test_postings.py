"""Whole-term posting lists: positions as ragged arrays, delta-coded blocks."""

from __future__ import annotations

import random
from itertools import accumulate

import numpy as np

from app.search.postings import PosList, ragged, varint_decode, varint_encode


def test_posting_arrays_agree_with_plain_python():
    rnd = random.Random(3)
    for _ in range(200):
        values = np.array(sorted(rnd.sample(range(5000), rnd.randint(0, 2000))), dtype=np.int64)
        counts = [rnd.randint(1, 4) for _ in values]
        pos = np.arange(sum(counts), dtype=np.uint16)
        pl = PosList(pos, np.cumsum(counts, dtype=np.int64))
        idx = np.array(sorted(rnd.sample(range(len(values)), min(len(values), 7))), dtype=np.int64)
        gather, got_counts = ragged(pl.ends, idx)
        assert got_counts.tolist() == [counts[i] for i in idx]
        starts = [0, *accumulate(counts)][:-1]  # where each posting's positions begin
        expected = b"".join(pos[starts[i]:starts[i] + counts[i]].tobytes() for i in idx)
        assert expected == pos[gather].tobytes() == pl.take(idx).pos.tobytes()
        joined = PosList.concat([pl, pl.take(idx)])
        assert joined.pos.tobytes() == pos.tobytes() + expected
        assert joined.ends.tolist() == np.cumsum(counts + [counts[i] for i in idx]).tolist()


def test_varints_round_trip():
    rnd = random.Random(4)
    for _ in range(50):
        values = np.array([rnd.choice((0, 1, 127, 128, 300, 16383, 16384, 2**21, 2**28 + 5, rnd.randint(0, 2**34)))
                           for _ in range(rnd.randint(0, 300))], dtype=np.int64)
        encoded, nbytes = varint_encode(values)
        assert len(encoded) == int(nbytes.sum())
        assert varint_decode(encoded).tolist() == values.tolist()
