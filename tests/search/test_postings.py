"""Whole-term posting lists: positions as ragged arrays, delta-coded blocks."""

from __future__ import annotations

import random
from itertools import accumulate

import numpy as np

from app.search.postings import PosList, _undelta, ragged


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
        # Postings blocks: delta-coded, each block's first docnum absolute.
        ids = values.tolist()
        blocks = [ids[i:i + 256] for i in range(0, len(ids), 256)]
        parts = [np.array([b[0]] + [y - x for x, y in zip(b, b[1:])], dtype=np.uint32) for b in blocks]
        assert _undelta(parts).tolist() == ids
