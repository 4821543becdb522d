"""Query evaluation: every substring found, phrases, boolean structure, the same hits as a brute-force scan."""

from __future__ import annotations

import random
import re
from collections import Counter

import numpy as np

from app.search import ArchiveIndex, IndexDoc
from app.search.analysis import fold
from app.search.evaluate import _distinct_sorted, pairs, present
from tests.helpers import all_ids, oracle


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


def test_boolean_queries_match_a_brute_force_scan(built, corpus):
    def scan(han):
        return oracle(corpus, han)

    assert all_ids(built, "人大代表") == scan("人大代表")
    assert all_ids(built, '"高质量发展"') == scan("高质量发展")
    assert all_ids(built, "镇") == scan("镇")
    assert all_ids(built, "苏州 -吴中") == scan("苏州") - scan("吴中")
    assert all_ids(built, "人大 OR 政协") == scan("人大") | scan("政协")
    assert all_ids(built, "人大 代表 -镇") == (scan("人大") & scan("代表")) - scan("镇")


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


def phrase_of_a_body(rnd: random.Random, corpus: list[IndexDoc], shortest: int, longest: int):
    """A document and a run of `shortest` to `longest` Han characters from its body, as query units."""
    from app.search.analysis import query_runs

    d = rnd.choice(corpus)
    spans = [s for s in re.findall(r"[\u4e00-\u9fff]+", fold(d.body)) if len(s) >= shortest]
    s = rnd.choice(spans)
    k = rnd.randint(shortest, min(longest, len(s)))
    a = rnd.randint(0, len(s) - k)
    return d, query_runs(s[a:a + k])[0]


def test_phrase_counts_match_a_scan_of_positions(built, corpus):
    # The engine compares sorted position keys of a covering subset of
    # bigrams; the oracle intersects the position sets of every bigram of
    # the phrase, document by document.
    from app.search.evaluate import Evaluator

    snap = built._snapshot()
    ev = Evaluator(snap)
    rnd = random.Random(11)
    for _ in range(40):
        d, run = phrase_of_a_body(rnd, corpus, 3, 8)
        bgs = pairs(run)
        terms = [ev.postings("all", bg, True) for bg in bgs]
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


def test_array_helpers_agree_with_plain_python():
    rnd = random.Random(3)
    for _ in range(200):
        values = np.array(sorted(rnd.sample(range(5000), rnd.randint(0, 2000))), dtype=np.int64)
        wanted = np.array(sorted(rnd.sample(range(5000), rnd.choice((0, 1, 5, 50, 3000)))), dtype=np.int64)
        assert present(values, wanted).tolist() == sorted(set(values.tolist()) & set(wanted.tolist()))
        repeats = np.sort(np.array([rnd.randint(0, 30) for _ in range(rnd.randint(0, 60))], dtype=np.int64))
        distinct, n = _distinct_sorted(repeats)
        assert dict(zip(distinct.tolist(), n.tolist())) == Counter(repeats.tolist())


def test_a_phrase_lines_up_a_covering_subset_of_its_bigrams_read_alone(built, corpus):
    # Only the bigrams whose positions are lined up are read with positions (0, 2, 4… and the last: together
    # they hold every unit of the phrase); the others narrow the candidates by their documents. Evaluated
    # afresh, with nothing read before, phrases must find what a scan of every bigram's positions finds.
    from app.search.evaluate import Evaluator, checked_offsets, positioned

    for n in range(1, 30):
        offsets = checked_offsets(n)
        covered = {u for k in offsets for u in (k, k + 1)}
        assert covered == (set(range(n + 1)) if n > 1 else set()), n
    snap = built._snapshot()
    rnd = random.Random(12)
    for _ in range(30):
        d, run = phrase_of_a_body(rnd, corpus, 4, 9)
        fresh = Evaluator(snap)
        got = fresh.match_run("all", run)
        read = {key[1]: key[2] for key in fresh._cache if key[0] == "all"}
        lined_up = {pairs(run)[i] for i in checked_offsets(len(run) - 1)}
        assert lined_up == positioned(pairs(run))
        assert {bg for bg, with_positions in read.items() if with_positions} == lined_up
        scan = Evaluator(snap)
        for bg in pairs(run):
            scan.postings("all", bg, True)  # every bigram with its positions, before the phrase is matched
        expected = scan.match_run("all", run)
        assert got.docs.tolist() == expected.docs.tolist() and got.scores.tolist() == expected.scores.tolist()
        assert d.id in snap.aid[got.docs].tolist()
