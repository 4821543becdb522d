"""Whole-term posting lists: positions as ragged arrays, delta-coded blocks."""

from __future__ import annotations

import random
from itertools import accumulate

import numpy as np

from app.search.postings import (PosList, SegmentPostings, group_counts, group_positions, ragged, whole,
                                 write_file)


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


def test_postings_file_round_trip(tmp_path):
    # Random postings through the file and back: every term, every docnum, frequency and position.
    rnd = random.Random(4)
    triples = sorted({(rnd.choice((5, 7, 1 << 30, (3 << 22) | 9)), rnd.randint(0, 70_000), rnd.randint(0, 64_999))
                      for _ in range(20_000)})
    keys, docs, pos = (np.array(x, dtype=np.int64) for x in zip(*triples))
    fields = {"all": group_positions(keys, docs, pos),
              "all1": group_counts(np.array([5, 5, 9]), np.array([1, 4, 2]), np.array([3, 1, 2]))}
    write_file(str(tmp_path / "seg.zzp"), [(name, whole(fp)) for name, fp in fields.items()], ["covid"])
    seg = SegmentPostings(str(tmp_path / "seg.zzp"))
    back = seg.field("all")
    assert back.keys.tolist() == fields["all"].keys.tolist()
    assert back.docs.tolist() == docs[np.r_[True, (keys[1:] != keys[:-1]) | (docs[1:] != docs[:-1])]].tolist()
    assert back.pos.tolist() == pos.tolist()
    p = seg.get("all1", ("\x05",), False)
    assert p.ids.tolist() == [1, 4] and p.weights.tolist() == [3, 1]
    assert seg.get("all1", ("covid",), False) is None and seg.vocab.get("covid") is not None
