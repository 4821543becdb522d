"""ArchiveIndex on real Whoosh indexes in temporary folders."""

from __future__ import annotations

import random
import re
import threading
import time
from pathlib import Path

import numpy as np
import pytest
from whoosh import index as windex

from app.search import ArchiveIndex, IndexDoc, QueryError, parse, to_whoosh
from app.search.analysis import fold, units_of
from app.search.highlight import build_pattern, mark_all, snippet
from tests.helpers import HOSTILE, make_docs, seed_lines

def texts_of(d: IndexDoc) -> list[str]:
    return [t for t in [d.title, d.kicker, d.subtitle, d.body, *d.authors, *d.places, d.city, d.county, d.town] if t]


def oracle(docs: list[IndexDoc], han: str) -> set[int]:
    """Documents containing the Han string inside one run of one field."""
    han = fold(han)
    return {d.id for d in docs if any(han in "".join(r) for t in texts_of(d) for r in units_of(t))}


@pytest.fixture(scope="module")
def corpus() -> list[IndexDoc]:
    return make_docs(240)


@pytest.fixture(scope="module")
def built(tmp_path_factory, corpus):
    ix = ArchiveIndex(tmp_path_factory.mktemp("ix"), procs=1)
    ix.rebuild(corpus, generation=7)
    return ix


def all_ids(ix: ArchiveIndex, q: str, **kw) -> set[int]:
    """Every hit, over all pages."""
    out: set[int] = set()
    page = 1
    while True:
        r = ix.search(q, per_page=100, page=page, **kw)
        out |= {h.id for h in r.hits}
        if len(out) >= r.total or not r.hits:
            assert len(out) == r.total
            return out
        page += 1


def text_for(docs):
    by_id = {d.id: (d.title, d.body) for d in docs}
    return lambda ids: {i: by_id[i] for i in ids if i in by_id}


def test_generation_and_exists(tmp_path, built):
    assert built.generation == 7 and built.exists()
    empty = ArchiveIndex(tmp_path / "none")
    assert empty.generation is None and not empty.exists()
    assert empty.search("苏州").total == 0


def test_recall_of_random_substrings_and_no_false_hits(built, corpus):
    rnd = random.Random(5)
    checked = 0
    for _ in range(100):
        d = rnd.choice(corpus)
        spans = [s for s in re.findall(r"[\u4e00-\u9fff]+", fold(d.body)) if s]
        s = rnd.choice(spans)
        k = rnd.randint(1, min(6, len(s)))
        a = rnd.randint(0, len(s) - k)
        q = s[a:a + k]
        expected = oracle(corpus, q)
        assert d.id in expected
        assert all_ids(built, f'"{q}"') == expected, q
        checked += 1
    assert checked == 100


def test_phrase_needs_adjacency_not_just_bigrams(tmp_path):
    docs = [IndexDoc(1, None, None, None, "甲乙丙，乙丙丁", [], [], None, None, None, "article", 1),
            IndexDoc(2, None, None, None, "甲乙丙丁", [], [], None, None, None, "article", 2),
            IndexDoc(3, None, None, None, "丙丁 甲乙", [], [], None, None, None, "article", 3)]
    ix = ArchiveIndex(tmp_path, procs=1)
    ix.rebuild(docs, generation=1)
    assert {h.id for h in ix.search("甲乙丙丁").hits} == {2}
    assert {h.id for h in ix.search("丙丁甲乙").hits} == {3}  # whitespace between units is ignored
    assert {h.id for h in ix.search("乙丙").hits} == {1, 2}
    assert {h.id for h in ix.search("丙乙").hits} == set()   # 丙，乙 is broken by punctuation


def test_matches_whooshs_own_searcher(built):
    reader_ix = windex.open_dir(str(built.live_dir))
    with reader_ix.searcher() as s:
        for q in ["镇", "人大代表", '"高质量发展"', "title:镇", "苏州 -吴中", "人大 OR 政协", "author:王芳"]:
            parsed = parse(q)
            ours = all_ids(built, q)
            theirs = {built._snapshot().aid[d] for d in s.docs_for_query(to_whoosh(parsed.node))}
            assert ours == theirs, q


def test_traditional_and_width_folding_at_query_and_index_time(tmp_path):
    docs = [IndexDoc(1, "蘇州工業園區新聞", None, None, "推廣電動車安全，ＣＯＶＩＤ－１９防控。", [], [], None, None, None,
                     "article", 1)]
    ix = ArchiveIndex(tmp_path, procs=1)
    ix.rebuild(docs, generation=1)
    for q in ["苏州工业园区", "蘇州工業", "电动车", "電動車", "covid", "ＣＯＶＩＤ", "19", "１９"]:
        assert ix.search(q).total == 1, q


def test_latin_words_and_digits(tmp_path):
    docs = [IndexDoc(1, None, None, None, "GDP增长2021年，COVID-19 疫情", [], [], None, None, None, "article", 1)]
    ix = ArchiveIndex(tmp_path, procs=1)
    ix.rebuild(docs, generation=1)
    assert ix.search("gdp").total == 1
    assert ix.search("2021年").total == 1
    assert ix.search("GDP增长").total == 1
    assert ix.search("gd").total == 0  # words are words


def test_query_language_on_index(built, corpus):
    def ids(q, **kw):
        got = all_ids(built, q, **kw)
        return got, len(got)

    a, _ = ids("人大")
    b, _ = ids("企业")
    both, _ = ids("人大 企业")
    either, _ = ids("人大 OR 企业")
    without, _ = ids("人大 -企业")
    without2, _ = ids("人大 NOT 企业")
    assert both == a & b and either == a | b and without == without2 == a - b
    assert ids("(人大 OR 企业) -吴中")[0] == (a | b) - ids("吴中")[0]
    t, _ = ids("title:镇")
    assert t == {d.id for d in corpus if "镇" in fold(d.title)}
    au, total = ids("author:王芳")
    assert total == sum(1 for d in corpus if "王芳" in d.authors)
    town, _ = ids("town:胥口")
    assert town and all(corpus[i - 1].town == "胥口镇" for i in town)
    pl, _ = ids("place:木渎")
    assert pl and all("木渎镇" in corpus[i - 1].places for i in pl)


def test_hostile_queries_on_index(built):

    for q in HOSTILE:
        try:
            built.search(q)
        except QueryError:
            pass
    with pytest.raises(QueryError):
        built.search("苏州", filters={"nonsense": "x"})
    with pytest.raises(QueryError):
        built.search("苏州", sort="random")


def test_ranking_title_boost_exact_phrase_and_ties(tmp_path):
    docs = [
        IndexDoc(1, "其他新闻", None, None, "河长制在推进。" * 3, [], [], None, None, None, "article", 1),
        IndexDoc(2, "河长制", None, None, "河长制在推进。" * 3, [], [], None, None, None, "article", 2),
        IndexDoc(3, "新闻", None, None, "河道治理，长效管理，制度建设。" * 3, [], [], None, None, None, "article", 3),
        IndexDoc(4, "新闻", None, None, "苏州工业发展", [], [], None, None, None, "article", 4),
        IndexDoc(5, "新闻", None, None, "苏州的工业发展", [], [], None, None, None, "article", 5),
        IndexDoc(6, "新闻", None, None, "苏州的工业发展", [], [], None, None, None, "article", 6),
    ]
    ix = ArchiveIndex(tmp_path, procs=1)
    ix.rebuild(docs, generation=1)
    assert [h.id for h in ix.search("河长制").hits] == [2, 1]
    r = ix.search("苏州 工业")
    assert [h.id for h in r.hits] == [4, 6, 5]  # exact first; equal scores: newer page first
    assert [h.id for h in ix.search("苏州", sort="order").hits] == [6, 5, 4]
    assert [h.id for h in ix.search("苏州", sort="order_asc").hits] == [4, 5, 6]


def test_facets_filters_and_pagination(built, corpus):
    r = built.search("镇", per_page=7)
    expected = oracle(corpus, "镇")
    assert r.total == len(expected)
    facets = dict(r.facets)
    county = dict(facets["county"])
    for c in {d.county for d in corpus}:
        assert county.get(c, 0) == sum(1 for d in corpus if d.id in expected and d.county == c)
    assert dict(facets["kind"]).get("photo", 0) == sum(1 for d in corpus if d.id in expected and d.kind == "photo")
    assert dict(facets["author"]).get("王芳", 0) == sum(1 for d in corpus if d.id in expected and "王芳" in d.authors)
    seen = []
    for page in range(1, r.pages + 1):
        seen += [h.id for h in built.search("镇", per_page=7, page=page).hits]
    assert len(seen) == len(set(seen)) == r.total
    f = built.search("镇", filters={"county": "吴中区", "kind": "article"}, per_page=100)
    assert f.total == sum(1 for d in corpus if d.id in expected and d.county == "吴中区" and d.kind == "article")
    assert all(corpus[h.id - 1].county == "吴中区" for h in f.hits)
    a = built.search("镇", filters={"author": "李明"}, per_page=100)
    assert a.total and all("李明" in corpus[h.id - 1].authors for h in a.hits)
    assert built.search("镇", page=10_000).hits == []


def test_snippets_are_escaped_merged_and_marked(tmp_path):
    body = "前言<script>alert('x')</script>。蘇州工業園區的&amp;苏州工业园区，" + "无关内容" * 60 + "末尾苏州"
    docs = [IndexDoc(1, None, None, None, body, [], [], None, None, None, "article", 1)]
    ix = ArchiveIndex(tmp_path, procs=1)
    ix.rebuild(docs, generation=1)
    r = ix.search("苏州 工业园区", text_for=lambda ids: {1: (None, body)})
    h = r.hits[0].highlight
    assert "<script>" not in h and "</script>" not in h and "&lt;/script&gt;" in h and "&amp;amp;" in h
    assert "<mark>蘇州工業園區</mark>" in h  # contiguous matches merged, original script kept
    assert re.sub(r"</?mark>", "", h).count("<") == 0
    r = ix.search("script", text_for=lambda ids: {1: (None, body)})
    assert "&lt;<mark>script</mark>&gt;" in r.hits[0].highlight


def test_highlight_offsets_with_expanding_characters():
    pattern = build_pattern((parse("苏州").needles[0],))
    text = "①㈱苏州<b>"
    assert mark_all(text, pattern) == "①㈱<mark>苏州</mark>&lt;b&gt;"
    assert snippet("王 芳说", build_pattern((parse("王芳").needles[0],))) == "<mark>王 芳</mark>说"
    assert snippet("", pattern) == ""


def test_more_like_this(built, corpus):
    target = corpus[0]
    similar = built.more_like_this(target.id, n=5)
    assert 0 < len(similar) <= 5 and target.id not in similar
    assert built.more_like_this(999_999) == []


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


def test_rebuild_swaps_while_another_thread_searches(tmp_path):
    ix = ArchiveIndex(tmp_path, procs=1)
    first = make_docs(60, seed=2)
    ix.rebuild(first, generation=1)
    searcher = ArchiveIndex(tmp_path)
    errors: list[BaseException] = []
    answers: list[int] = []
    stop = threading.Event()

    def run():
        while not stop.is_set():
            try:
                answers.append(searcher.search("镇", per_page=5).total)
                time.sleep(0.002)  # let the rebuild have the GIL too
            except BaseException as e:  # noqa: BLE001 - any failure fails the test
                errors.append(e)
                return

    t = threading.Thread(target=run)
    t.start()
    try:
        for g in range(2, 5):
            ix.rebuild(make_docs(60 + 20 * g, seed=g), generation=g)
            time.sleep(0.05)
    finally:
        stop.set()
        t.join()
    assert not errors
    assert len(answers) > 3 and all(a > 0 for a in answers)
    assert searcher.generation == 4
    assert searcher.doc_count() == 140
    assert len(list(Path(tmp_path).glob("build-*"))) == 2  # live and the one before


def test_parallel_rebuild_matches_serial(tmp_path):
    docs = make_docs(90, seed=3)
    serial = ArchiveIndex(tmp_path / "s", procs=1, segment_docs=40)
    serial.rebuild(docs, generation=1)
    parallel = ArchiveIndex(tmp_path / "p", procs=2, segment_docs=40)
    parallel.rebuild(docs, generation=1)
    assert parallel.doc_count() == 90
    for q in ["镇", "人大", '"代表"', "title:镇 -人大"]:
        assert all_ids(serial, q) == all_ids(parallel, q), q
    optimized = ArchiveIndex(tmp_path / "o", procs=1, segment_docs=40)
    optimized.rebuild(docs, generation=1, optimize=True)
    assert len(windex.open_dir(str(optimized.live_dir))._segments()) == 1
    for q in ["镇", '"代表"']:
        assert optimized.search(q).total == serial.search(q).total


def test_phrase_counts_match_a_scan_of_positions(built, corpus):
    # The engine compares sorted position keys of a covering subset of
    # bigrams; the oracle intersects the position sets of every bigram of
    # the phrase, document by document.
    from app.search.analysis import bigrams, query_runs
    from app.search.engine import Evaluator

    snap = built._snapshot()
    ev = Evaluator(snap)
    rnd = random.Random(11)
    for _ in range(40):
        d = rnd.choice(corpus)
        spans = [s for s in re.findall(r"[\u4e00-\u9fff]+", fold(d.body)) if len(s) >= 3]
        s = rnd.choice(spans)
        k = rnd.randint(3, min(8, len(s)))
        a = rnd.randint(0, len(s) - k)
        run = query_runs(s[a:a + k])[0]
        bgs = bigrams(run)
        terms = [ev._postings("all", bg, True) for bg in bgs]
        expected = {}
        for doc in set.intersection(*(set(t.docs.tolist()) for t in terms)):
            starts = None
            for j, t in enumerate(terms):
                i = int(np.searchsorted(t.docs, doc))
                lo = int(t.positions.ends[i - 1]) if i else 0
                ps = {int(p) - j for p in t.positions.pos[lo:int(t.positions.ends[i])]}
                starts = ps if starts is None else starts & ps
            if starts:
                expected[doc] = float(len(starts))
        got = ev.match_run("all", run)
        assert dict(zip(got.docs.tolist(), got.scores.tolist())) == expected
        assert d.id in {int(snap.aid[x]) for x in expected}


def _scored(ix: ArchiveIndex, q: str, **kw) -> dict[int, float]:
    """id -> score of every hit, over all pages."""
    out: dict[int, float] = {}
    page = 1
    while True:
        r = ix.search(q, per_page=100, page=page, **kw)
        out.update((h.id, h.score) for h in r.hits)
        if len(out) >= r.total or not r.hits:
            return out
        page += 1


def test_and_scores_do_not_depend_on_operand_order(built, corpus):
    # Operands run rarest first; a phrase operand (3+ characters) gets the
    # same df whichever operand ran first, so both orders score alike.
    rnd = random.Random(5)
    words = []
    for _ in range(24):
        d = rnd.choice(corpus)
        spans = [s for s in re.findall(r"[\u4e00-\u9fff]+", fold(d.body)) if len(s) >= 4]
        s = rnd.choice(spans)
        k = rnd.randint(1, 4)
        words.append(s[:k])
    for a, b in zip(words[::2], words[1::2]):
        ab, ba = _scored(built, f"{a} {b}"), _scored(built, f"{b} {a}")
        assert ab.keys() == ba.keys() == oracle(corpus, a) & oracle(corpus, b), (a, b)
        assert all(abs(ab[i] - ba[i]) < 1e-6 for i in ab), (a, b)
        assert _scored(built, f"{a} {b} -{a}") == {}


def test_filters_give_the_unfiltered_scores_of_their_documents(built, corpus):
    # Filters are applied before the query is matched: the hits and their
    # scores must be those of the unfiltered query, restricted.
    for q in ["镇", "人大", "代表大会", '"人民代表"', "苏州 代表", "镇 OR 代表", "title:镇 -人大"]:
        everything = _scored(built, q)
        for filters in [{"county": "吴中区"}, {"kind": "photo"}, {"author": "王芳"},
                        {"county": "吴中区", "town": "木渎镇"}, {"county": "没有这个区"}]:
            keep = {d.id for d in corpus if all(
                (v in d.authors) if k == "author" else getattr(d, k) == v for k, v in filters.items())}
            filtered = _scored(built, q, filters=filters)
            assert filtered.keys() == everything.keys() & keep, (q, filters)
            assert all(abs(filtered[i] - everything[i]) < 1e-6 for i in filtered), (q, filters)


def test_array_helpers_agree_with_plain_python():
    from collections import Counter

    from app.search.engine import _distinct_sorted, present
    from app.search.postings import PosList, _undelta, ragged

    rnd = random.Random(3)
    for _ in range(200):
        values = np.array(sorted(rnd.sample(range(5000), rnd.randint(0, 2000))), dtype=np.int64)
        wanted = np.array(sorted(rnd.sample(range(5000), rnd.choice((0, 1, 5, 50, 3000)))), dtype=np.int64)
        assert present(values, wanted).tolist() == sorted(set(values.tolist()) & set(wanted.tolist()))
        counts = [rnd.randint(1, 4) for _ in values]
        pos = np.arange(sum(counts), dtype=np.uint16)
        pl = PosList(pos, np.cumsum(counts, dtype=np.int64))
        idx = np.array(sorted(rnd.sample(range(len(values)), min(len(values), 7))), dtype=np.int64)
        gather, got_counts = ragged(pl.ends, idx)
        assert got_counts.tolist() == [counts[i] for i in idx]
        starts = [sum(counts[:i]) for i in range(len(counts))]
        expected = b"".join(pos[starts[i]:starts[i] + counts[i]].tobytes() for i in idx)
        assert expected == pos[gather].tobytes() == pl.take(idx).pos.tobytes()
        joined = PosList.concat([pl, pl.take(idx)])
        assert joined.pos.tobytes() == pos.tobytes() + expected
        assert joined.ends.tolist() == np.cumsum(counts + [counts[i] for i in idx]).tolist()
        repeats = np.sort(np.array([rnd.randint(0, 30) for _ in range(rnd.randint(0, 60))], dtype=np.int64))
        distinct, n = _distinct_sorted(repeats)
        assert dict(zip(distinct.tolist(), n.tolist())) == Counter(repeats.tolist())
        # Postings blocks: delta-coded, each block's first docnum absolute.
        ids = values.tolist()
        blocks = [ids[i:i + 256] for i in range(0, len(ids), 256)]
        parts = [np.array([b[0]] + [y - x for x, y in zip(b, b[1:])], dtype=np.uint32) for b in blocks]
        assert _undelta(parts).tolist() == ids


def test_facet_ties_are_ordered_by_value(built):
    r = built.search("镇")
    for values in r.facets.values():
        assert values == sorted(values, key=lambda kv: (-kv[1], kv[0]))
