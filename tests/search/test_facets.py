"""Facets and filters over every hit."""

from __future__ import annotations

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
