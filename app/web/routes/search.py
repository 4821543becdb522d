"""Search: `/search` for readers and `/api/search` for programs from one query function, with its
downloads and Atom feed."""

from collections.abc import Iterator
from urllib.parse import urlencode
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, Response, StreamingResponse
from sqlmodel import Session

from app.archive.queries.filters import ArticleFilters
from app.archive.queries.search import SORTS, SearchRequest, archive_holds_articles, search
from app.archive.queries.timeline import TimelineRequest, timeline
from app.search import MAX_PER_PAGE, MAX_QUERY_CHARS, ArchiveIndex, QueryError
from app.web.deps import FiltersDep, IndexDep, PageNumber, PerPage, SessionDep
from app.formats.citation import FORMATS as CITATION_FORMATS
from app.web.downloads import (ATOM_MEDIA, CITATION_MEDIA, FEED_SIZE, TABLE_MEDIA, atom_response, check_format,
                               citation_download, download)
from app.web.openapi import answers
from app.web.routes.timeline import chart_context
from app.web.schemas import SearchResult
from app.web.templating import render
from app.web.json_route import JsonRoute

router = APIRouter(route_class=JsonRoute)
Q = Annotated[str, Query(max_length=5000, description="the query: words (AND), \"phrases\", OR, NOT, -word, "
                                                     "(…), title: author: person: place: county: town: city:",
                                 examples=["胥口 老旧小区改造"])]
Sort = Annotated[str, Query(pattern=f"^({'|'.join(SORTS)})$",
                            description="relevance (best first) or order (newest page first, as printed)",
                            examples=["relevance"])]
ExportFormat = Annotated[str, Path(description="csv, ndjson, or a citation format: ris, bib, csl.json",
                                   examples=["ris"])]
EXPORT_LIMIT = 10_000
INDEX_RETRY_AFTER_S = 30


def run_search(session: Session, index: ArchiveIndex, search_request: SearchRequest) -> dict[str, Any]:
    if not search_request.q.strip():
        raise HTTPException(400, "the query q is empty")
    if len(search_request.q) > MAX_QUERY_CHARS:
        raise HTTPException(400, f"the query is {len(search_request.q)} characters long; at most {MAX_QUERY_CHARS}")
    if not index.readable() and archive_holds_articles(session):  # no intact build: say so, not "no hits"
        raise HTTPException(503, "the search index is being rebuilt; try again shortly",
                            headers={"Retry-After": str(INDEX_RETRY_AFTER_S)})
    try:
        return search(session, index, search_request)
    except QueryError as error:
        raise HTTPException(400, str(error)) from None


@router.get("/api/search", tags=["api"], response_model=None, responses=answers(SearchResult, 400, 404))
def api_search(session: SessionDep, index: IndexDep, filters: FiltersDep, q: Q = "", page: PageNumber = 1,
               per_page: PerPage = 20, sort: Sort = "relevance") -> dict[str, Any]:
    """Full-text search with highlights and facets."""
    return run_search(session, index, SearchRequest(q=q, filters=filters, page=page, per_page=per_page, sort=sort))


@router.get("/search", response_class=HTMLResponse, include_in_schema=False)
def search_page(request: Request, session: SessionDep, index: IndexDep, filters: FiltersDep, q: Q = "",
                page: PageNumber = 1, sort: Sort = "relevance") -> HTMLResponse:
    context: dict[str, Any] = {"q": q, "sort": sort, "result": None, "error": None, "json_url": None, "tl": None}
    if q.strip():
        try:
            context["result"] = run_search(session, index, SearchRequest(q=q, filters=filters, page=page,
                                                                         per_page=20, sort=sort))
            # A path, not request.url: that carries the client's Host header into a page others may be served.
            context["json_url"] = "/api/search" + (f"?{request.url.query}" if request.url.query else "")
            if context["result"]["total"]:
                series = timeline(session, index, TimelineRequest(queries=(q,), filters=filters))
                query = urlencode({"q": q, **filters.active()})
                context.update(chart_context(query, series, filters, normalise=False))
        except HTTPException as error:
            context["error"] = "搜索索引正在重建，请稍后再试" if error.status_code == 503 else error.detail
            response = render(request, "search.html", context, status_code=error.status_code)
            response.headers.update(error.headers or {})
            return response
    return render(request, "search.html", context)


def all_hits(request: Request, index: ArchiveIndex, filters: ArticleFilters, q: str, sort: str) -> Iterator[dict]:
    # Its own session: the response streams after the request's dependencies have closed theirs.
    with Session(request.app.state.engine) as session:
        page = 1
        while page * MAX_PER_PAGE <= EXPORT_LIMIT:
            data = run_search(session, index, SearchRequest(q=q, filters=filters, page=page, per_page=MAX_PER_PAGE,
                                                            sort=sort))
            yield from data["items"]
            if page * MAX_PER_PAGE >= data["total"]:
                return
            page += 1


@router.get("/api/search.{fmt}", tags=["downloads"],
             responses=answers(None, 400, 404, media={**TABLE_MEDIA, **CITATION_MEDIA}))
def export_search(request: Request, session: SessionDep, index: IndexDep, filters: FiltersDep, fmt: ExportFormat,
                  q: Q = "", sort: Sort = "relevance") -> StreamingResponse:
    """The hits of a search (at most 10,000) as CSV or NDJSON, streamed, or as citations (RIS, BibTeX,
    CSL-JSON) for a reference manager."""
    if fmt in CITATION_FORMATS:
        run_search(session, index, SearchRequest(q=q, filters=filters, per_page=1))
        return citation_download(request, all_hits(request, index, filters, q, sort), fmt, "search")
    check_format(fmt)
    # A bad query fails here, not mid-stream.
    run_search(session, index, SearchRequest(q=q, filters=filters, per_page=1))
    return download(request, all_hits(request, index, filters, q, sort), fmt, "search", filters=filters, q=q)


@router.get("/feeds/search.atom", tags=["downloads"], responses=answers(None, 400, 404, media=ATOM_MEDIA))
def search_feed(request: Request, session: SessionDep, index: IndexDep, filters: FiltersDep, q: Q = "") -> Response:
    """The newest articles matching a search."""
    data = run_search(session, index, SearchRequest(q=q, filters=filters, per_page=FEED_SIZE, sort="order"))
    return atom_response(request, title=f"镇志 · 搜索 {q}", page_url=f"/search?q={q}", records=data["items"])
