"""Places: the tree and one place (a page and its JSON twin each), and a place's Atom feed."""

from dataclasses import replace
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Path, Request
from fastapi.responses import HTMLResponse, Response

from app.archive.queries.filters import ArticleFilters
from app.archive.queries.places import PlacePage, place_page, place_tree
from app.archive.queries.timeline import TimelineRequest, timeline
from app.web.deps import ListingSort, PageNumber, PerPage, PeriodDep, SessionDep, found
from app.web.downloads import ATOM_MEDIA, FEED_SIZE, atom_response
from app.web.routes.timeline import chart_context
from app.web.openapi import answers
from app.web.schemas import PlaceNode, PlacePage as PlacePageSchema
from app.web.templating import render
from app.web.json_route import JsonRoute

router = APIRouter(route_class=JsonRoute)
Code = Annotated[str, Path(max_length=20, description="a place's statistical code (12 digits for a town)",
                                examples=["320506"])]


def known_place(request: Request, session: SessionDep, code: str, page: int, per_page: int,
                within: ArticleFilters = ArticleFilters(), sort: str = "newest") -> PlacePage:
    return found(request, place_page(session, code, page=page, per_page=per_page, within=within, sort=sort),
                 f"no place with code {code!r}", f"没有代码为 {code} 的地方")


@router.get("/api/places", tags=["api"], response_model=None, responses=answers(list[PlaceNode]))
def api_places(session: SessionDep) -> list[dict[str, Any]]:
    """The place tree (city → county → town) with article counts."""
    return [node.as_json() for node in place_tree(session)]


@router.get("/places", response_class=HTMLResponse, include_in_schema=False)
def places(request: Request, session: SessionDep) -> HTMLResponse:
    return render(request, "places.html", {"tree": place_tree(session), "json_url": "/api/places"})


@router.get("/api/places/{code}", tags=["api"], response_model=None, responses=answers(PlacePageSchema, 404))
def api_place(request: Request, session: SessionDep, code: Code, period: PeriodDep, page: PageNumber = 1,
              per_page: PerPage = 20, sort: ListingSort = "newest") -> dict[str, Any]:
    """One place: breadcrumbs, the places below it and its articles (within a newspaper or period)."""
    return known_place(request, session, code, page, per_page, period, sort).as_json()


@router.get("/places/{code}", response_class=HTMLResponse, include_in_schema=False)
def place(request: Request, session: SessionDep, code: Code, period: PeriodDep, page: PageNumber = 1,
          sort: ListingSort = "newest") -> HTMLResponse:
    data = known_place(request, session, code, page, 20, period, sort)
    filters = replace(period, **{data.info.level: data.info.code})
    series = timeline(session, None, TimelineRequest(filters=filters))
    json_url = f"/api/places/{code}?{urlencode({**period.active(), 'page': page})}"
    return render(request, "place.html", {"p": data.as_json(), "listing": data.listing, "json_url": json_url,
                                          **chart_context(urlencode(filters.active()), series, filters, False)})


@router.get("/feeds/places/{code}.atom", tags=["downloads"], responses=answers(None, 404, media=ATOM_MEDIA))
def place_feed(request: Request, session: SessionDep, code: Code, period: PeriodDep) -> Response:
    """The newest articles about a place (and the places below it), within a newspaper or period."""
    data = known_place(request, session, code, 1, FEED_SIZE, period)
    return atom_response(request, title=f"镇志 · {data.info.name}", page_url=f"/places/{code}",
                         records=data.listing.items)
