"""The home page, /about and /docs."""

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from app import clock
from app.archive.queries.articles import list_articles, on_this_day
from app.archive.queries.places import place_tree
from app.archive.queries.sources import recent_pages
from app.archive.queries.stats import counts
from app.web.deps import FiltersDep, PageNumber, SessionDep
from app.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def home(request: Request, session: SessionDep, filters: FiltersDep, page: PageNumber = 1) -> HTMLResponse:
    listing = list_articles(session, filters, page=page, per_page=10)
    today = clock.today()
    context = {"listing": listing, "json_url": f"/api/articles?page={page}&per_page=10",
               "tree": place_tree(session), "pages": recent_pages(session, limit=5), "counts": counts(session),
               "on_this_day": on_this_day(session, today), "today": today, "filters": filters.active()}
    return render(request, "home.html", context)


@router.get("/about", response_class=HTMLResponse)
def about(request: Request, session: SessionDep) -> HTMLResponse:
    return render(request, "about.html", {"counts": counts(session), "json_url": None})


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    return render(request, "docs.html", {})
