"""Facets and filters over every hit."""

from __future__ import annotations

from collections import Counter

from tests.helpers import all_scores, oracle


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


def test_filters_give_the_unfiltered_scores_of_their_documents(built, corpus):
    # Filters are applied before the query is matched: the hits and their
    # scores must be those of the unfiltered query, restricted.
    for q in ["镇", "人大", "代表大会", '"人民代表"', "苏州 代表", "镇 OR 代表", "title:镇 -人大"]:
        everything = all_scores(built, q)
        for filters in [{"county": "吴中区"}, {"kind": "photo"}, {"author": "王芳"},
                        {"county": "吴中区", "town": "木渎镇"}, {"county": "没有这个区"}]:
            keep = {d.id for d in corpus if all(
                (v in d.authors) if k == "author" else getattr(d, k) == v for k, v in filters.items())}
            filtered = all_scores(built, q, filters=filters)
            assert filtered.keys() == everything.keys() & keep, (q, filters)
            assert all(abs(filtered[i] - everything[i]) < 1e-6 for i in filtered), (q, filters)


def test_facet_ties_are_ordered_by_value(built):
    r = built.search("镇")
    for values in r.facets.values():
        assert values == sorted(values, key=lambda kv: (-kv[1], kv[0]))


def test_people_are_a_field_and_a_facet_over_every_hit(tmp_path):
    from app.search import ArchiveIndex, IndexDoc

    def doc(i: int, body: str, people: list[str]) -> IndexDoc:
        return IndexDoc(i, None, None, None, body, ["王芳"], [], None, None, None, "article", i, people=people)

    ix = ArchiveIndex(tmp_path, procs=1)
    ix.rebuild([doc(1, "区委书记胡一军调研河道", ["胡一军"]), doc(2, "胡一军的名字出现在正文", []),
                doc(3, "副区长胡一军、区长李二强检查河道", ["胡一军", "李二强"]), doc(4, "河道保洁", [])],
               generation=1)
    assert {h.id for h in ix.search("person:胡一军").hits} == {1, 3}  # not where the name holds no post
    assert {h.id for h in ix.search("人物:李二强").hits} == {3}
    assert {h.id for h in ix.search("胡一军").hits} == {1, 2, 3}
    assert ix.search("河道").facets["person"] == [("胡一军", 2), ("李二强", 1)]
    assert {h.id for h in ix.search("河道", filters={"person": "李二强"}).hits} == {3}
    assert ix.search("河道", filters={"person": "无此人"}).total == 0


def test_author_and_person_counts_over_any_set_of_hits_are_exact(tmp_path):
    # Several values a document (authors, people) are counted from the hits' own pairs: each value's
    # count must be the number of hits that carry it, for no hit, one, a few, half and all of them.
    import dataclasses
    import random

    import numpy as np

    from app.search import ArchiveIndex
    from app.search.facets import facet_counts
    from tests.helpers import make_docs

    rng = random.Random(5)
    names = ["王芳", "李明", "张伟", "刘洋", "陈静"]
    corpus = [dataclasses.replace(d, people=rng.sample(names, rng.randint(0, 3)),
                                  authors=rng.sample(names, rng.randint(0, 2))) for d in make_docs(120)]
    index = ArchiveIndex(tmp_path, procs=1, segment_docs=50)  # three segments
    index.rebuild(corpus, generation=1)
    index.update(corpus[:10], generation=2)  # and some deleted docnums
    snap = index._snapshot()
    by_id = {d.id: d for d in corpus}
    live = snap.live_docs
    for size in (0, 1, 3, len(live) // 2, len(live)):
        docs = np.sort(np.random.default_rng(size).choice(live, size=size, replace=False))
        hits = [by_id[int(a)] for a in snap.aid[docs]]
        counts = facet_counts(snap, docs, limit=10_000)
        for key, values_of in (("author", lambda d: d.authors), ("person", lambda d: d.people)):
            expected: dict[str, int] = {}
            for d in hits:
                for value in values_of(d):
                    expected[value] = expected.get(value, 0) + 1
            assert dict(counts[key]) == expected, (key, size)


def test_facets_joined_from_segments_that_meet_their_values_in_different_orders(tmp_path):
    # Each segment numbers its values as it meets them; the snapshot renumbers them across segments.
    # Counts, filters and the document of each article must be those of the documents themselves.
    import dataclasses

    import numpy as np

    from app.search import ArchiveIndex
    from app.search.facets import facet_counts
    from tests.helpers import make_docs

    towns = [("吴中区", "木渎镇"), ("吴江区", "同里镇"), ("昆山市", "周庄镇")]
    corpus = [dataclasses.replace(d, county=towns[(i * 7 // 40) % 3][0], town=towns[(i * 7 // 40) % 3][1],
                                  people=["王芳"] if i % 5 == 0 else [])
              for i, d in enumerate(make_docs(120))]
    index = ArchiveIndex(tmp_path, procs=1, segment_docs=40)  # three segments, each meeting the towns in its own order
    index.rebuild(corpus, generation=1)
    index.update(corpus[:10], generation=2)
    snap = index._snapshot()
    by_id = {d.id: d for d in corpus}
    counts = facet_counts(snap, snap.live_docs, limit=10_000)
    for key in ("county", "town", "kind", "person"):
        expected: dict[str, int] = {}
        for d in corpus:
            for value in (d.people if key == "person" else [getattr(d, key)]):
                if value:
                    expected[value] = expected.get(value, 0) + 1
        assert dict(counts[key]) == expected, key
        for value in expected:
            chosen = snap.aid[np.flatnonzero(snap.facet_mask(key, value) & snap.live)]
            assert sorted(chosen.tolist()) == sorted(d.id for d in corpus if value in (
                d.people if key == "person" else [getattr(d, key)])), (key, value)
    assert all(snap.aid[snap.docnum_of(d.id)] == d.id for d in corpus)
    assert snap.docnum_of(10**12) is None and snap.article_ids() == set(by_id)


def test_every_facet_and_year_over_any_set_of_hits_counts_the_hits_themselves(tmp_path):
    # Counting goes through the combinations of place, kind and year the documents have, and the values
    # after a document's first are counted per hit or through a mask: for no hit, one, a few, many and
    # all of them, each count must be the number of hits that carry the value, undated ones in no year.
    import dataclasses
    import random

    import numpy as np

    from app.search import ArchiveIndex
    from app.search.dates import DAY_SLOTS, page_order
    from app.search.facets import facet_counts
    from tests.helpers import make_docs

    rng = random.Random(8)
    names = ["王芳", "李明", "张伟", "刘洋"]
    corpus = [dataclasses.replace(
        d, kind=rng.choice(["article", "photo"]), authors=rng.sample(names, rng.choice((0, 1, 1, 1, 3))),
        people=rng.sample(names, rng.choice((0, 0, 1, 2))),
        order=page_order(rng.choice((0, 20080105, 20151231, 20160101, 20250704)), i, 0))
        for i, d in enumerate(make_docs(150), start=1)]
    index = ArchiveIndex(tmp_path, procs=1, segment_docs=60)
    index.rebuild(corpus, generation=1)
    index.update(corpus[:7], generation=2)
    snap = index._snapshot()
    by_id = {d.id: d for d in corpus}
    for size in (0, 1, 3, 12, 100, len(snap.live_docs)):
        docs = np.sort(np.random.default_rng(size).choice(snap.live_docs, size=size, replace=False))
        counts = facet_counts(snap, docs, limit=10_000)
        expected: dict[str, Counter] = {key: Counter() for key in ("city", "county", "town", "kind", "author",
                                                                    "person", "year")}
        for d in (by_id[int(a)] for a in snap.aid[docs]):
            for key in ("city", "county", "town", "kind"):
                expected[key][getattr(d, key)] += 1
            expected["author"].update(d.authors)
            expected["person"].update(d.people)
            day = d.order // DAY_SLOTS
            if day:
                expected["year"][f"{day // 10_000:04d}"] += 1
        for key, values in expected.items():
            assert dict(counts[key]) == {v: c for v, c in values.items() if v}, (key, size)
        assert [year for year, _ in counts["year"]] == sorted(expected["year"])
