"""Whole-term posting lists: positions as ragged arrays, delta-coded blocks."""

from __future__ import annotations

import random
from itertools import accumulate

import numpy as np

from app.search.postings import (PosList, SegmentPostings, decode, group_counts, group_positions, ragged, whole,
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
    docs, freqs, no_positions = decode([seg.stored("all1", ("\x05",), True)], [0])
    assert docs.tolist() == [1, 4] and freqs.tolist() == [3, 1] and no_positions is None
    assert seg.stored("all1", ("covid",), False) is None and seg.vocab.get("covid") is not None


def test_a_terms_lists_from_several_segments_decode_as_one(tmp_path):
    # A common term is in every segment: its lists are decoded together, each segment's docnums moved to
    # its first docnum. They must equal the lists decoded one segment at a time; read without positions,
    # the documents and frequencies stay and the positions are not inflated.
    rnd = random.Random(6)
    segments, offsets, at = [], [], 0
    for s, top in enumerate((300, 70_000, 40)):  # the second needs 32-bit values
        triples = sorted({(5, rnd.randint(0, top), rnd.randint(0, 900)) for _ in range(rnd.randint(1, 3000))})
        keys, docs, pos = (np.array(x, dtype=np.int64) for x in zip(*triples))
        write_file(str(tmp_path / f"{s}.zzp"), [("all", whole(group_positions(keys, docs, pos)))], [])
        segments.append(SegmentPostings(str(tmp_path / f"{s}.zzp")))
        offsets.append(at)
        at += top + 1
    one_by_one = [decode([seg.stored("all", ("\x05",), True)], [0]) for seg in segments]
    docs, freqs, pl = decode([seg.stored("all", ("\x05",), True) for seg in segments], offsets)
    assert docs.tolist() == [d + o for (ids, _f, _p), o in zip(one_by_one, offsets) for d in ids.tolist()]
    assert freqs.tolist() == [f for _d, fs, _p in one_by_one for f in fs.tolist()]
    assert pl.pos.tolist() == [x for _d, _f, p in one_by_one for x in p.pos.tolist()]
    assert pl.ends.tolist() == np.cumsum(freqs).tolist()
    heads = [seg.stored("all", ("\x05",), False) for seg in segments]
    assert all(not h.positions and len(h.values) <= 2 * h.count + 32 for h in heads)  # stopped at the frequencies
    head_docs, head_freqs, no_positions = decode(heads, offsets)
    assert head_docs.tolist() == docs.tolist() and head_freqs.tolist() == freqs.tolist() and no_positions is None
