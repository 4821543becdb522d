"""Search as one read function: the index finds, ranks and marks; the database supplies the records."""

from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, select

from app.archive.models import Article
from app.archive.queries.articles import summaries
from app.archive.queries.filters import ArticleFilters, index_facets, index_restriction
from app.archive.records import excerpt
from app.search import ArchiveIndex, SearchResult

# Facets shown with every answer, and the orders a reader may ask for.
FACETS = ("county", "town", "author", "person", "kind", "year", "month")
SORTS = ("relevance", "newest", "oldest", "order")
INDEX_SORTS = {"newest": "order"}  # the index calls newest-first its page order


@dataclass(frozen=True)
class SearchRequest:
    q: str
    filters: ArticleFilters
    page: int = 1
    per_page: int = 20
    sort: str = "relevance"


def search(session: Session, index: ArchiveIndex, request: SearchRequest) -> dict[str, Any]:
    """Hits with highlights (snippet and title), totals and facets: the data of /search and /api/search alike.

    The records of a page of hits are read once: the index highlights their stored text and the same
    rows become the items.
    """
    records: dict[int, dict[str, Any]] = {}

    def texts(ids: list[int]) -> dict[int, tuple[str | None, str]]:
        records.update((r["id"], r) for r in summaries(session, ids, with_body=True))
        return {i: (r["title"], r["body"]) for i, r in records.items()}

    result = index.search(request.q, filters=index_facets(session, request.filters), page=request.page,
                          per_page=request.per_page, sort=INDEX_SORTS.get(request.sort, request.sort),
                          text_for=texts, restrict=index_restriction(session, request.filters))
    if not records and not archive_holds_articles(session):  # an index left from articles since removed
        return shaped(request, SearchResult(total=0, hits=[], facets={}, page=request.page,
                                            per_page=request.per_page), [])
    items = []
    for hit in result.hits:
        if hit.id in records:  # an index a moment behind the database may name a deleted article
            record = dict(records[hit.id])
            body = record.pop("body")
            record = {**record, "excerpt": excerpt(body)}
            items.append({**summary_order(record), "highlight": hit.highlight,
                          "title_highlight": hit.title_highlight, "score": round(hit.score, 4)})
    return shaped(request, result, items)


def archive_holds_articles(session: Session) -> bool:
    return session.exec(select(Article.id).limit(1)).first() is not None


def summary_order(record: dict[str, Any]) -> dict[str, Any]:
    """The keys in the order of a listing record (excerpt where the body was)."""
    keys = ("id", "kind", "title", "kicker", "subtitle", "authors", "sections", "credits", "excerpt")
    return {**{k: record[k] for k in keys if k in record}, **record}


def shaped(request: SearchRequest, result: SearchResult, items: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "q": request.q, "total": result.total, "page": request.page, "per_page": request.per_page,
        "sort": request.sort, "items": items,
        "facets": {name: [{"name": value, "count": count} for value, count in result.facets.get(name, [])]
                   for name in FACETS},
        "filters": request.filters.active(), "notes": list(result.notes),
    }
