"""Places: the tree and one place (a page and its JSON twin each), and a place's Atom feed."""

from typing import Annotated, Any

from fastapi import APIRouter, Path, Request
from fastapi.responses import HTMLResponse, Response

from app.archive.queries.places import PlacePage, place_page, place_tree
from app.web.deps import PageNumber, PerPage, SessionDep, found
from app.web.downloads import FEED_SIZE, atom_response
from app.web.templating import render

router = APIRouter()
Code = Annotated[str, Path(max_length=20)]


def known_place(request: Request, session: SessionDep, code: str, page: int, per_page: int) -> PlacePage:
    return found(request, place_page(session, code, page=page, per_page=per_page),
                 f"no place with code {code!r}", f"没有代码为 {code} 的地方")


@router.get("/api/places", tags=["api"])
def api_places(session: SessionDep) -> list[dict[str, Any]]:
    """The place tree (city → county → town) with article counts."""
    return [node.as_json() for node in place_tree(session)]


@router.get("/places", response_class=HTMLResponse, include_in_schema=False)
def places(request: Request, session: SessionDep) -> HTMLResponse:
    return render(request, "places.html", {"tree": place_tree(session), "json_url": "/api/places"})


@router.get("/api/places/{code}", tags=["api"])
def api_place(request: Request, session: SessionDep, code: Code, page: PageNumber = 1,
              per_page: PerPage = 20) -> dict[str, Any]:
    """One place: breadcrumbs, the places below it and its articles."""
    return known_place(request, session, code, page, per_page).as_json()


@router.get("/places/{code}", response_class=HTMLResponse, include_in_schema=False)
def place(request: Request, session: SessionDep, code: Code, page: PageNumber = 1) -> HTMLResponse:
    data = known_place(request, session, code, page, 20)
    return render(request, "place.html", {"p": data.as_json(), "listing": data.listing,
                                          "json_url": f"/api/places/{code}?page={page}"})


@router.get("/feeds/places/{code}.atom", tags=["downloads"])
def place_feed(request: Request, session: SessionDep, code: Code) -> Response:
    """The newest articles about a place (and the places below it)."""
    data = known_place(request, session, code, 1, FEED_SIZE)
    return atom_response(request, title=f"镇志 · {data.info.name}", page_url=f"/places/{code}",
                         records=data.listing.items)
