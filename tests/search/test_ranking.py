"""Ranking: title boost, the whole query as a phrase first, ties and sort orders."""

from __future__ import annotations

from app.search import ArchiveIndex, IndexDoc


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
