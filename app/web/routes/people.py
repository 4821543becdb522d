"""People: everyone with a post and one person (a page and its JSON twin each)."""

from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse

from app.archive.queries.filters import UnknownFilter
from app.archive.queries.people import PeopleFilters, PeopleListing, PersonPage, people_index, person_page
from app.web.deps import PageNumber, PerPage, SessionDep, found, not_found
from app.web.openapi import answers
from app.web.schemas import PeopleListing as PeopleListingSchema
from app.web.schemas import PersonPage as PersonPageSchema
from app.web.templating import render
from app.web.json_route import JsonRoute

router = APIRouter(route_class=JsonRoute)
Name = Annotated[str, Path(max_length=100, description="a person's name as printed", examples=["曹裕银"])]
PlaceParam = Annotated[str | None, Query(max_length=100, description="a place by code or name; the places below it "
                                         "count too", examples=["320505"])]


def people_filters(
    place: PlaceParam = None,
    title: Annotated[str | None, Query(max_length=20, description="a title as split out of the post: 书记, 副区长 …",
                                      examples=["书记"])] = None,
    level: Annotated[str | None, Query(pattern="^(city|county|town)?$", description="the level of the post's own "
                                       "place: city, county or town", examples=["town"])] = None,
    q: Annotated[str | None, Query(max_length=50, description="a part of the post as printed",
                                   examples=["镇党委书记"])] = None,
) -> PeopleFilters:
    return PeopleFilters(place=place or None, title=title or None, level=level or None, q=(q or "").strip() or None)


PeopleFiltersDep = Annotated[PeopleFilters, Depends(people_filters)]


def listing(request: Request, session: SessionDep, filters: PeopleFilters, page: int, per_page: int) -> PeopleListing:
    try:
        return people_index(session, filters, page=page, per_page=per_page)
    except UnknownFilter as error:
        raise not_found(request, str(error), error.label) from None


def known_person(request: Request, session: SessionDep, name: str, place: str | None, page: int,
                 per_page: int) -> PersonPage:
    try:
        data = person_page(session, name, place=place, page=page, per_page=per_page)
    except UnknownFilter as error:
        raise not_found(request, str(error), error.label) from None
    where = f" in {place!r}" if place else ""
    return found(request, data, f"no person named {name!r}{where} in the archive",
                 f"档案中没有{'“' + place + '”的' if place else ''}人物“{name}”")


@router.get("/api/people", tags=["api"], response_model=None, responses=answers(PeopleListingSchema, 404))
def api_people(request: Request, session: SessionDep, filters: PeopleFiltersDep, page: PageNumber = 1,
               per_page: PerPage = 50) -> dict[str, Any]:
    """People the articles give a post to, with the number of articles, filtered by place, title, level or post."""
    return listing(request, session, filters, page, per_page).as_json()


@router.get("/people", response_class=HTMLResponse, include_in_schema=False)
def people(request: Request, session: SessionDep, filters: PeopleFiltersDep, page: PageNumber = 1) -> HTMLResponse:
    data = listing(request, session, filters, page, 50)
    query = urlencode({**filters.active(), "page": page})
    return render(request, "people.html", {"people": data, "filters": filters.active(),
                                           "json_url": f"/api/people?{query}"})


@router.get("/api/people/{name}", tags=["api"], response_model=None,
            responses=answers(PersonPageSchema, 404))
def api_person(request: Request, session: SessionDep, name: Name, place: PlaceParam = None, page: PageNumber = 1,
               per_page: PerPage = 20) -> dict[str, Any]:
    """One person's posts as reported over time, and the articles that name them."""
    return known_person(request, session, name, place, page, per_page).as_json()


@router.get("/people/{name}", response_class=HTMLResponse, include_in_schema=False)
def person(request: Request, session: SessionDep, name: Name, place: PlaceParam = None,
           page: PageNumber = 1) -> HTMLResponse:
    data = known_person(request, session, name, place, page, 20)
    query = urlencode({**({"place": place} if place else {}), "page": page})
    return render(request, "person.html", {"p": data, "listing": data.listing,
                                           "json_url": f"/api/people/{quote(name)}?{query}"})
