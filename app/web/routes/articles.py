"""Articles: the listing and one article, each as a page and its JSON twin, and listing downloads."""

from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Path, Request
from fastapi.responses import HTMLResponse, StreamingResponse
from sqlmodel import Session

from app.archive.queries.articles import get_article, iter_articles, list_articles, summaries
from app.archive.queries.filters import ArticleFilters
from app.archive.queries.places import place_codes
from app.formats.citation import citation
from app.web.deps import FiltersDep, IndexDep, ListingSort, PageNumber, PerPage, SessionDep, found, public_url
from app.web.downloads import download
from app.web.templating import render

router = APIRouter()
ArticleId = Annotated[int, Path(ge=1, le=2**62, description="article id")]


@router.get("/api/articles", tags=["api"])
def api_articles(session: SessionDep, filters: FiltersDep, page: PageNumber = 1, per_page: PerPage = 20,
                 sort: ListingSort = "newest") -> dict[str, Any]:
    """Articles, newest (or oldest) page first, filtered by place (name or code), author, kind, newspaper
    and period (from/to)."""
    return list_articles(session, filters, page=page, per_page=per_page, sort=sort).as_json()


def stream_listing(request: Request, filters: ArticleFilters, sort: str) -> Iterator[dict[str, Any]]:
    # Its own session: the response streams after the request's dependencies have closed theirs.
    with Session(request.app.state.engine) as session:
        yield from iter_articles(session, filters, sort=sort)


@router.get("/api/articles.{fmt}", tags=["downloads"])
def export_articles(request: Request, filters: FiltersDep, fmt: Annotated[str, Path(pattern="^(csv|ndjson)$")],
                    sort: ListingSort = "newest") -> StreamingResponse:
    """Every article matching the filters as CSV or NDJSON, streamed."""
    return download(request, stream_listing(request, filters, sort), fmt, "articles", filters=filters)


def known_article(request: Request, session: Session, article_id: int) -> dict[str, Any]:
    return found(request, get_article(session, article_id), f"no article with id {article_id}",
                 f"没有编号为 {article_id} 的文章")


@router.get("/api/articles/{article_id}", tags=["api"])
def api_article(request: Request, session: SessionDep, article_id: ArticleId) -> dict[str, Any]:
    """One article record."""
    return known_article(request, session, article_id)


def related_articles(session: Session, index: Any, article_id: int, n: int = 5) -> list[dict]:
    """"More like this" from the search index; an index still being built just gives none."""
    try:
        ids = index.more_like_this(article_id, n=n)
    except Exception:  # the page must not fail because the index is missing or rebuilding
        return []
    records = {r["id"]: r for r in summaries(session, ids)}
    return [records[i] for i in ids if i in records]


@router.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
def article(request: Request, session: SessionDep, index: IndexDep, article_id: ArticleId) -> HTMLResponse:
    record = known_article(request, session, article_id)
    permalink = public_url(request, request.app.url_path_for("article", article_id=article_id))
    context = {"a": record, "json_url": f"/api/articles/{article_id}", "permalink": permalink,
               "cite": citation(record, permalink), "codes": place_codes(session, article_id),
               "related": related_articles(session, index, article_id)}
    return render(request, "article.html", context)
