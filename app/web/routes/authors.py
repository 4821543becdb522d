"""Authors: every author and one author (a page and its JSON twin each), and an author's Atom feed."""

from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Path, Request
from fastapi.responses import HTMLResponse, Response

from app.archive.queries.authors import AuthorPage, author_index, author_page
from app.archive.queries.filters import ArticleFilters
from app.web.deps import ListingSort, PageNumber, PerPage, PeriodDep, SessionDep, found
from app.web.downloads import ATOM_MEDIA, FEED_SIZE, atom_response
from app.web.openapi import answers
from app.web.schemas import AuthorCount, AuthorPage as AuthorPageSchema
from app.web.templating import render
from app.web.json_route import JsonRoute

router = APIRouter(route_class=JsonRoute)
Name = Annotated[str, Path(max_length=100, description="an author's name as printed", examples=["杨婷"])]


def known_author(request: Request, session: SessionDep, name: str, page: int, per_page: int,
                 within: ArticleFilters = ArticleFilters(), sort: str = "newest") -> AuthorPage:
    return found(request, author_page(session, name, page=page, per_page=per_page, within=within, sort=sort),
                 f"no author named {name!r} in the archive", f"档案中没有作者“{name}”")


@router.get("/api/authors", tags=["api"], response_model=None, responses=answers(list[AuthorCount]))
def api_authors(session: SessionDep) -> list[dict[str, Any]]:
    """Every author with the number of articles credited to them."""
    return [{"name": name, "count": count, "url": f"/authors/{quote(name)}"} for name, count in author_index(session)]


@router.get("/authors", response_class=HTMLResponse, include_in_schema=False)
def authors(request: Request, session: SessionDep) -> HTMLResponse:
    return render(request, "authors.html", {"authors": author_index(session), "json_url": "/api/authors"})


@router.get("/api/authors/{name}", tags=["api"], response_model=None, responses=answers(AuthorPageSchema, 404))
def api_author(request: Request, session: SessionDep, name: Name, period: PeriodDep, page: PageNumber = 1,
               per_page: PerPage = 20, sort: ListingSort = "newest") -> dict[str, Any]:
    """One author's articles (within a newspaper or period)."""
    return known_author(request, session, name, page, per_page, period, sort).as_json()


@router.get("/authors/{name}", response_class=HTMLResponse, include_in_schema=False)
def author(request: Request, session: SessionDep, name: Name, period: PeriodDep, page: PageNumber = 1,
           sort: ListingSort = "newest") -> HTMLResponse:
    data = known_author(request, session, name, page, 20, period, sort)
    json_url = f"/api/authors/{quote(name)}?{urlencode({**period.active(), 'page': page})}"
    return render(request, "author.html", {"name": name, "listing": data.listing, "json_url": json_url})


@router.get("/feeds/authors/{name}.atom", tags=["downloads"], responses=answers(None, 404, media=ATOM_MEDIA))
def author_feed(request: Request, session: SessionDep, name: Name, period: PeriodDep) -> Response:
    """The newest articles by an author, within a newspaper or period."""
    data = known_author(request, session, name, 1, FEED_SIZE, period)
    return atom_response(request, title=f"镇志 · {name}", page_url=f"/authors/{quote(name)}",
                         records=data.listing.items)
