"""Request dependencies: a database session per request, common query parameters, resolved filters."""

from collections.abc import Iterator
from typing import Annotated, TypeVar

from fastapi import Depends, HTTPException, Query, Request
from sqlmodel import Session

from app.archive.queries.articles import MAX_PER_PAGE
from app.archive.queries.filters import KINDS, ArticleFilters, UnknownFilter, resolve
from app.search import ArchiveIndex
from app.web.errors import wants_json


T = TypeVar("T")


def get_session(request: Request) -> Iterator[Session]:
    with Session(request.app.state.engine) as session:
        yield session


# Closed as soon as the route (and the serialising of its answer) is done: the connection goes back to
# the pool before the answer is sent, not after the last byte reached a slow client.
SessionDep = Annotated[Session, Depends(get_session, scope="function")]
PageNumber = Annotated[int, Query(ge=1, le=1_000_000, description="page number, from 1")]
PerPage = Annotated[int, Query(ge=1, le=MAX_PER_PAGE, description=f"items per page, at most {MAX_PER_PAGE}")]
KIND_PATTERN = f"^({'|'.join(KINDS)})$"


LOCAL_URL = "http://127.0.0.1:8000"


def public_url(request: Request, path: str) -> str:
    """An absolute URL for readers (permalinks, citations, feed ids): from configuration, never from the
    request's Host header, which any client can set."""
    return (request.app.state.settings.public_url or LOCAL_URL) + path


def not_found(request: Request, message: str, label: str) -> HTTPException:
    """A 404 that speaks Chinese to the reader (`label`); the JSON API keeps English messages."""
    return HTTPException(404, message if wants_json(request) else label)


def found(request: Request, value: T | None, message: str, label: str) -> T:
    """`value`, or the 404 of `not_found` when there is none: one check for a page and its JSON twin."""
    if value is None:
        raise not_found(request, message, label)
    return value


def article_filters(
    request: Request,
    session: SessionDep,
    city: Annotated[str | None, Query(max_length=100)] = None,
    county: Annotated[str | None, Query(max_length=100)] = None,
    town: Annotated[str | None, Query(max_length=100)] = None,
    author: Annotated[str | None, Query(max_length=100)] = None,
    kind: Annotated[str | None, Query(pattern=KIND_PATTERN)] = None,
) -> ArticleFilters:
    """The filters of a listing, search, export or feed; an unknown place or author is a 404 everywhere."""
    filters = ArticleFilters(city=city or None, county=county or None, town=town or None, author=author or None,
                             kind=kind or None)
    try:
        return resolve(session, filters)
    except UnknownFilter as error:
        raise not_found(request, str(error), error.label) from None


FiltersDep = Annotated[ArticleFilters, Depends(article_filters)]


def current_index(request: Request) -> ArchiveIndex:
    # The generation the request began with (read once, before the route), not a second look.
    return request.app.state.index_keeper.current(getattr(request.state, "generation", None))


IndexDep = Annotated[ArchiveIndex, Depends(current_index)]
