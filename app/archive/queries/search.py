"""Search as one read function: the index finds and ranks, the database supplies the records."""

from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, select

from app.models import Article
from app.queries import ArticleFilters, summaries
from app.search import ArchiveIndex, SearchResult, mark_all, parse

FACETS = ("county", "town", "author", "kind")
SORTS = ("relevance", "order")


@dataclass(frozen=True)
class SearchRequest:
    q: str
    filters: ArticleFilters
    page: int = 1
    per_page: int = 20
    sort: str = "relevance"


def texts_for(session: Session) -> Any:
    """Stored text for highlighting: the index keeps ids, the database keeps the words."""
    def fetch(ids: list[int]) -> dict[int, str]:
        rows = session.exec(select(Article.id, Article.body).where(Article.id.in_(ids))).all()  # type: ignore[union-attr]
        return dict(rows)
    return fetch


def search(session: Session, index: ArchiveIndex, request: SearchRequest) -> dict[str, Any]:
    """Hits with highlights (snippet and title), totals and facets: the data of /search and /api/search alike."""
    if session.exec(select(Article.id).limit(1)).first() is None:
        parse(request.q)  # an empty archive still tells a malformed query apart
        result = SearchResult(total=0, hits=[], facets={}, page=request.page, per_page=request.per_page)
        return shaped(request, result, [])
    result = index.search(request.q, filters=request.filters.active(), page=request.page,
                          per_page=request.per_page, sort=request.sort, text_for=texts_for(session))
    by_id = {record["id"]: record for record in summaries(session, [hit.id for hit in result.hits])}
    items = []
    for hit in result.hits:
        if hit.id in by_id:  # an index a moment behind the database may name a deleted article
            record = by_id[hit.id]
            items.append({**record, "highlight": hit.highlight,
                          "title_highlight": mark_all(record["title"], result.pattern) if record["title"] else None,
                          "score": round(hit.score, 4)})
    return shaped(request, result, items)


def shaped(request: SearchRequest, result: SearchResult, items: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "q": request.q, "total": result.total, "page": request.page, "per_page": request.per_page,
        "sort": request.sort, "items": items,
        "facets": {name: [{"name": value, "count": count} for value, count in result.facets.get(name, [])]
                   for name in FACETS},
        "filters": request.filters.active(), "notes": list(result.notes),
    }
