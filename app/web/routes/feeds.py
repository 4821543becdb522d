"""Downloads: listings as CSV/NDJSON and Atom feeds for a place or an author."""

from collections.abc import Iterator
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Path, Request
from fastapi.responses import Response, StreamingResponse
from sqlmodel import Session

from app import place_queries, queries
from app.exports import as_csv, as_ndjson
from app.feeds import atom_feed
from app.queries import ArticleFilters
from app.web.deps import FiltersDep, SessionDep

router = APIRouter(tags=["downloads"])
FEED_SIZE = 50
FORMATS = {"csv": ("text/csv; charset=utf-8", as_csv), "ndjson": ("application/x-ndjson; charset=utf-8", as_ndjson)}


def stream_listing(request: Request, filters: ArticleFilters) -> Iterator[dict[str, Any]]:
    # Its own session: the response streams after the request's dependencies have closed theirs.
    with Session(request.app.state.engine) as session:
        yield from queries.iter_articles(session, filters)


@router.get("/api/articles.{fmt}")
def export_articles(request: Request, session: SessionDep, filters: FiltersDep,
                    fmt: Annotated[str, Path(pattern="^(csv|ndjson)$")]) -> StreamingResponse:
    """Every article matching the filters as CSV or NDJSON, streamed."""
    if problem := place_queries.unknown_filter(session, filters):
        raise HTTPException(404, problem)
    media_type, encode = FORMATS[fmt]
    headers = {"Content-Disposition": f'attachment; filename="articles.{fmt}"'}
    return StreamingResponse(encode(stream_listing(request, filters)), media_type=media_type, headers=headers)


def atom_response(request: Request, *, title: str, page_url: str, records: list[dict[str, Any]]) -> Response:
    base = str(request.base_url).rstrip("/")
    feed_url = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    body = atom_feed(title=title, feed_url=feed_url, page_url=page_url, records=records, base_url=base)
    return Response(body, media_type="application/atom+xml; charset=utf-8")


@router.get("/feeds/places/{code}.atom")
def place_feed(request: Request, session: SessionDep, code: Annotated[str, Path(max_length=20)]) -> Response:
    """The newest articles about a place (and the places below it)."""
    data = place_queries.place_page(session, code, page=1, per_page=FEED_SIZE)
    if data is None:
        raise HTTPException(404, f"no place with code {code!r}")
    return atom_response(request, title=f"镇志 · {data['name']}", page_url=f"/places/{code}",
                         records=data["articles"]["items"])


@router.get("/feeds/authors/{name}.atom")
def author_feed(request: Request, session: SessionDep, name: Annotated[str, Path(max_length=100)]) -> Response:
    """The newest articles by an author."""
    data = place_queries.author_page(session, name, page=1, per_page=FEED_SIZE)
    if data is None:
        raise HTTPException(404, f"no author named {name!r} in the archive")
    return atom_response(request, title=f"镇志 · {name}", page_url=f"/authors/{quote(name)}",
                         records=data["articles"]["items"])
