"""The segment writer: incremental updates, replacements, deletions and merges."""

from __future__ import annotations

from whoosh import index as windex

from app.search import ArchiveIndex, IndexDoc
from app.search.analysis import fold
from app.search.postings import SegmentPostings
from app.search.schema import make_schema
from app.search.writer import BulkWriter
from tests.helpers import all_ids, make_docs


def test_incremental_update_replace_and_delete(tmp_path):
    ix = ArchiveIndex(tmp_path, procs=1)
    docs = make_docs(30)
    ix.update(docs[:20], generation=1)
    assert ix.generation == 1 and ix.doc_count() == 20
    ix.update(docs[20:], generation=2)
    assert ix.doc_count() == 30
    new = IndexDoc(5, "独一无二的标题", None, None, "全新的正文内容蝴蝶", [], [], None, None, None, "article", 5)
    ix.update([new], delete_ids=[6, 7], generation=3)
    assert ix.generation == 3 and ix.doc_count() == 28
    assert [h.id for h in ix.search("蝴蝶").hits] == [5]
    assert ix.search("独一无二").total == 1
    ids = all_ids(ix, "-蝴蝶")
    assert 6 not in ids and 7 not in ids and 5 not in ids
    old_words = fold(docs[4].body)[:4]
    assert 5 not in {h.id for h in ix.search(f'"{old_words}"', per_page=100).hits} or old_words in "全新的正文内容蝴蝶"
    for i in range(4):  # many small commits get merged by Whoosh's policy
        ix.update([IndexDoc(100 + i, None, None, None, f"追加{i}号蜻蜓", [], [], None, None, None, "article", 100 + i)],
                  generation=4 + i)
    assert ix.search("蜻蜓").total == 4
    assert ix.search("蝴蝶").total == 1


def _postings_of(folder) -> dict:
    """Every field of the one segment's postings file in `folder`: its terms, counts and stored lists."""
    (path,) = folder.glob("*.zzp")
    seg = SegmentPostings(str(path))
    try:
        return {name: (fd.keys.tolist(), fd.counts.tolist(), fd.comp.tolist(), fd.dtype.str,
                       bytes(seg._map[fd.blob:fd.blob + int(fd.offsets[-1])]))
                for name, fd in seg.fields.items()}
    finally:
        seg.close()


def test_a_writer_over_its_memory_budget_sorts_in_runs_and_writes_the_same_postings(tmp_path, monkeypatch):
    docs = make_docs(400, seed=5)
    one = tmp_path / "one"
    one.mkdir()
    writer = BulkWriter(windex.create_in(str(one), make_schema()))
    writer.add_docs(docs)
    assert writer.runs.spilled == 0  # a small segment stays in memory
    writer.commit(merge=False)
    monkeypatch.setattr("app.search.writer.BATCH_DOCS", 40)
    monkeypatch.setattr("app.search.runs.SPILL_BYTES", 64 << 10)
    monkeypatch.setattr("app.search.runs.PIECE_POSTINGS", 1 << 13)  # and comes back in many ranges of terms
    monkeypatch.setattr("app.search.runs.SAMPLE", 1 << 6)
    runs = tmp_path / "runs"
    runs.mkdir()
    writer = BulkWriter(windex.create_in(str(runs), make_schema()))
    writer.add_docs(docs)
    assert writer.runs.spilled >= 5, writer.runs.spilled
    writer.commit(merge=False)
    assert _postings_of(runs) == _postings_of(one)
    assert sorted(p.suffix for p in runs.iterdir()) == sorted(p.suffix for p in one.iterdir())  # nothing left behind


def test_more_like_this_terms_of_a_batch_follow_the_rule_document_by_document():
    """Each document's terms, worked out for a whole batch at once, are what the rule gives it alone:
    its title's first distinct bigrams (up to SIG_TITLE), then its most repeated ones (ties in key order),
    no term twice, up to SIG_TERMS."""
    import struct
    from collections import Counter

    from app.search.tokens import Vocabulary, cut
    from app.search.writer import SIG_TERMS, SIG_TITLE, _signatures, by_key

    titles = ["河长巡河", "", "社区食堂开张社区食堂", "AB CD AB", "一二三四五六七八九十甲乙丙丁戊己庚辛壬癸"]
    bodies = ["河长巡河发现问题当天整改河长巡河" * 3, "只有正文没有标题", "", "AB CD AB CD EF 甲乙甲乙",
              "甲乙丙丁" * 9 + "子丑寅卯辰巳午未申酉戌亥" * 2]
    vocab = Vocabulary()
    title, body = cut(titles, vocab), cut([f"{t}\x00{b}" for t, b in zip(titles, bodies)], vocab)
    got = [list(struct.unpack(f"<{len(s) // 8}q", s)) for s in _signatures(title, by_key(body), len(titles))]
    for i, terms in enumerate(got):
        head = list(dict.fromkeys(title.bi_key[title.bi_doc == i].tolist()))[:SIG_TITLE]
        counted = Counter(body.bi_key[body.bi_doc == i].tolist())
        rest = sorted(counted, key=lambda key: (-counted[key], key))
        assert terms == list(dict.fromkeys(head + rest))[:SIG_TERMS], i
    assert len(got[4]) == SIG_TERMS  # a long document is cut at the limit


def test_the_order_by_document_then_count_is_the_stable_lexsort():
    import numpy as np

    from app.search.writer import _by_doc_then_count

    rng = np.random.default_rng(3)
    for n, top in ((0, 1), (1, 1), (2_000, 5), (2_000, 70_000)):  # radix sorts; a count too large for them
        doc = np.sort(rng.integers(0, 500, n)).astype(np.int64)
        counts = rng.integers(1, top + 1, n).astype(np.int64)
        rng.shuffle(doc)  # the pairs come by key, their documents in any order
        assert np.array_equal(_by_doc_then_count(doc, counts), np.lexsort((-counts, doc))), (n, top)


def test_a_batchs_unit_counts_are_np_uniques_of_unit_and_document():
    # Counted through 32-bit numbers where unit and document fit them, through 64 where a unit id is too wide.
    import numpy as np

    from app.search.tokens import Tokens
    from app.search.writer import unit_counts

    rng = np.random.default_rng(5)
    for top in (0x9FFF, 1 << 22, 1 << 40):
        doc = np.sort(rng.integers(0, 500, 20_000)).astype(np.int64)
        ids = rng.integers(0, top, 20_000).astype(np.int64)
        empty = np.zeros(0, dtype=np.int64)
        units, docs, counts = unit_counts(Tokens(doc, ids, empty, empty, empty, empty))
        pairs, expected = np.unique(np.stack([ids, doc], axis=1), axis=0, return_counts=True)
        assert units.tolist() == pairs[:, 0].tolist() and docs.tolist() == pairs[:, 1].tolist(), top
        assert counts.tolist() == expected.tolist(), top
