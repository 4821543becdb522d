"""Search: `/search` for readers and `/api/search` for programs, from one query function."""

import threading
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response, StreamingResponse
from sqlmodel import Session

from app import indexing
from app.search import ArchiveIndex, QueryError
from app.search_queries import SORTS, SearchRequest, search
from app.web.deps import FiltersDep, PageNumber, PerPage, SessionDep
from app.web.downloads import FORMATS, atom_response
from app.web.templating import render

router = APIRouter()
MAX_QUERY = 500
Q = Annotated[str, Query(max_length=5000, description="the query: words (AND), \"phrases\", OR, NOT, -word, "
                                                     "(…), title: author: place: county: town: city:")]
Sort = Annotated[str, Query(pattern="^(relevance|order)$")]
EXPORT_LIMIT = 10_000


class IndexKeeper:
    """Owns the server's index: notices when the database moved on and rebuilds in the background."""

    def __init__(self, settings: Any, engine: Any):
        self.settings, self.engine = settings, engine
        self.index = ArchiveIndex(settings.index_dir)
        self._lock = threading.Lock()
        self._rebuilding = False

    def current(self) -> ArchiveIndex:
        if self.index.generation != indexing.db_generation(self.engine) and not self._rebuilding:
            with self._lock:
                if not self._rebuilding:
                    self._rebuilding = True
                    threading.Thread(target=self._rebuild, daemon=True).start()
        return self.index

    def _rebuild(self) -> None:
        try:
            indexing.rebuild(self.settings, self.engine)
        finally:
            self._rebuilding = False


def run_search(request: Request, session: Session, search_request: SearchRequest) -> dict[str, Any]:
    if len(search_request.q) > MAX_QUERY:
        raise HTTPException(400, f"the query is {len(search_request.q)} characters long; at most {MAX_QUERY}")
    keeper: IndexKeeper = request.app.state.index_keeper
    try:
        return search(session, keeper.current(), search_request)
    except QueryError as error:
        raise HTTPException(400, str(error)) from None


@router.get("/api/search", tags=["api"])
def api_search(request: Request, session: SessionDep, filters: FiltersDep, q: Q = "", page: PageNumber = 1,
               per_page: PerPage = 20, sort: Sort = "relevance") -> dict[str, Any]:
    """Full-text search with highlights and facets."""
    if not q.strip():
        raise HTTPException(400, "the query q is empty")
    return run_search(request, session, SearchRequest(q=q, filters=filters, page=page, per_page=per_page, sort=sort))


@router.get("/search", response_class=HTMLResponse, include_in_schema=False)
def search_page(request: Request, session: SessionDep, filters: FiltersDep, q: Q = "", page: PageNumber = 1,
                sort: Sort = "relevance") -> HTMLResponse:
    context: dict[str, Any] = {"q": q, "sort": sort, "result": None, "error": None, "json_url": None}
    if q.strip():
        try:
            context["result"] = run_search(request, session, SearchRequest(q=q, filters=filters, page=page,
                                                                           per_page=20, sort=sort))
            context["json_url"] = str(request.url.replace(path="/api/search"))
        except HTTPException as error:
            context["error"] = error.detail
            return render(request, "search.html", context, status_code=error.status_code)
    return render(request, "search.html", context)


def all_hits(request: Request, filters: Any, q: str, sort: str) -> Any:
    with Session(request.app.state.engine) as session:
        page = 1
        while page * 100 <= EXPORT_LIMIT:
            data = run_search(request, session, SearchRequest(q=q, filters=filters, page=page, per_page=100, sort=sort))
            yield from data["items"]
            if page * 100 >= data["total"]:
                return
            page += 1


@router.get("/api/search.{fmt}", tags=["downloads"])
def export_search(request: Request, session: SessionDep, filters: FiltersDep, fmt: str, q: Q = "",
                  sort: Sort = "relevance") -> StreamingResponse:
    """The hits of a search (at most 10,000) as CSV or NDJSON, streamed."""
    if fmt not in FORMATS:
        raise HTTPException(404, "export formats are csv and ndjson")
    if not q.strip():
        raise HTTPException(400, "the query q is empty")
    run_search(request, session, SearchRequest(q=q, filters=filters, per_page=1))  # a bad query fails here, not mid-stream
    media_type, encode = FORMATS[fmt]
    headers = {"Content-Disposition": f'attachment; filename="search.{fmt}"'}
    return StreamingResponse(encode(all_hits(request, filters, q, sort)), media_type=media_type, headers=headers)


@router.get("/feeds/search.atom", tags=["downloads"])
def search_feed(request: Request, session: SessionDep, filters: FiltersDep, q: Q = "") -> Response:
    """The newest articles matching a search."""
    if not q.strip():
        raise HTTPException(400, "the query q is empty")
    data = run_search(request, session, SearchRequest(q=q, filters=filters, per_page=50, sort="order"))
    return atom_response(request, title=f"镇志 · 搜索 {q}", page_url=f"/search?q={q}", records=data["items"])
