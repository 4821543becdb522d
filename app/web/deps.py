"""Request dependencies: a database session per request, common query parameters, resolved filters."""

from collections.abc import Iterator
from dataclasses import replace
from typing import Annotated, Any, TypeVar

from fastapi import Depends, HTTPException, Query, Request
from fastapi.routing import APIRoute
from sqlmodel import Session

from app.archive.queries.filters import KINDS, ArticleFilters, InvalidFilter, UnknownFilter, resolve
from app.search import MAX_PER_PAGE, ArchiveIndex  # listings page the way the index pages hits
from app.web.errors import wants_json


T = TypeVar("T")


def get_session(request: Request) -> Iterator[Session]:
    with Session(request.app.state.engine) as session:
        yield session


# Closed as soon as the route (and the serialising of its answer) is done: the connection goes back to
# the pool before the answer is sent, not after the last byte reached a slow client.
SessionDep = Annotated[Session, Depends(get_session, scope="function")]
PageNumber = Annotated[int, Query(ge=1, le=1_000_000, description="page number, from 1", examples=[1])]
PerPage = Annotated[int, Query(ge=1, le=MAX_PER_PAGE, description=f"items per page, at most {MAX_PER_PAGE}",
                               examples=[20])]
KIND_PATTERN = f"^({'|'.join(KINDS)})$"
ListingSort = Annotated[str, Query(pattern="^(newest|oldest)$", description="newest or oldest page first",
                                   examples=["newest"])]


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


def checked(request: Request, session: Session, filters: ArticleFilters) -> ArticleFilters:
    """The filters resolved; an unknown place, author or newspaper is a 404, a period that is none a 422."""
    try:
        return resolve(session, filters)
    except UnknownFilter as error:
        raise not_found(request, str(error), error.label) from None
    except InvalidFilter as error:
        raise HTTPException(422, str(error) if wants_json(request) else error.label) from None


def period_filters(
    request: Request,
    session: SessionDep,
    newspaper: Annotated[str | None, Query(max_length=100, description="a newspaper, by any of its names",
                                           examples=["苏州日报"])] = None,
    date_from: Annotated[str | None, Query(alias="from", max_length=10,
                                           description="from this year, month or day: 2022, 2022-11 or 2022-11-08",
                                           examples=["2022"])] = None,
    date_to: Annotated[str | None, Query(alias="to", max_length=10,
                                         description="to this year, month or day (inclusive): 2022, 2022-11 or "
                                                     "2022-11-08",
                                         examples=["2022-11"])] = None,
) -> ArticleFilters:
    """The newspaper and period filters alone: what a place's or an author's listing adds to its own."""
    return checked(request, session, ArticleFilters(newspaper=newspaper or None, date_from=date_from or None,
                                                    date_to=date_to or None))


PeriodDep = Annotated[ArticleFilters, Depends(period_filters)]


def article_filters(
    request: Request,
    session: SessionDep,
    period: PeriodDep,
    city: Annotated[str | None, Query(max_length=100, description="a city, by name or code",
                                      examples=["苏州市"])] = None,
    county: Annotated[str | None, Query(max_length=100, description="a county or district, by name or code",
                                        examples=["吴中区"])] = None,
    town: Annotated[str | None, Query(max_length=100, description="a town or street, by name or code",
                                      examples=["胥口镇"])] = None,
    author: Annotated[str | None, Query(max_length=100, description="an author's name as printed",
                                        examples=["杨婷"])] = None,
    kind: Annotated[str | None, Query(pattern=KIND_PATTERN, description="article or photo",
                                      examples=["article"])] = None,
    person: Annotated[str | None, Query(max_length=100, description="a person the article gives a post to",
                                        examples=["胡拥军"])] = None,
) -> ArticleFilters:
    """The filters of a listing, search, export or feed, resolved the same way everywhere (the period and
    newspaper were checked by `period_filters`; only what this adds is checked here)."""
    own = ArticleFilters(city=city or None, county=county or None, town=town or None, author=author or None,
                         kind=kind or None, person=person or None)
    checked(request, session, own)
    return replace(period, **own.active())  # `own` holds no period, so its parameter names are its fields


FiltersDep = Annotated[ArticleFilters, Depends(article_filters)]


def accepted_parameters(dependant: Any) -> set[str]:
    """The query parameter names a route and its dependencies read."""
    names = {param.alias for param in dependant.query_params}
    for sub in dependant.dependencies:
        names |= accepted_parameters(sub)
    return names


def strict_parameters(request: Request) -> None:
    """An unknown query parameter on /api/… is a 422 naming it (a typo must not return everything);
    pages for readers ignore them, as shared links carry tracking parameters."""
    route = request.scope.get("route")
    if not request.url.path.startswith("/api/") or not isinstance(route, APIRoute):
        return
    unknown = sorted(set(request.query_params) - accepted_parameters(route.dependant))
    if unknown:
        raise HTTPException(422, f"unknown query parameter {unknown[0]!r}; this endpoint accepts: "
                                 f"{', '.join(sorted(accepted_parameters(route.dependant))) or 'none'}")


def current_index(request: Request) -> ArchiveIndex:
    # The generation the request began with (read once, before the route), not a second look.
    return request.app.state.index_keeper.current(getattr(request.state, "generation", None))


IndexDep = Annotated[ArchiveIndex, Depends(current_index)]
