"""HTML pages: the same query functions as the API, rendered for readers."""

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Request
from fastapi.responses import HTMLResponse

from app import queries
from app.web.deps import FiltersDep, PageNumber, SessionDep
from app.web.templating import render

router = APIRouter(include_in_schema=False)
ArticleId = Annotated[int, Path(ge=1, le=2**62)]


@router.get("/", response_class=HTMLResponse)
def home(request: Request, session: SessionDep, filters: FiltersDep, page: PageNumber = 1) -> HTMLResponse:
    listing = queries.list_articles(session, filters, page=page, per_page=20)
    return render(request, "home.html", {"listing": listing, "json_url": f"/api/articles?page={page}"})


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, session: SessionDep, article_id: ArticleId) -> HTMLResponse:
    record = queries.get_article(session, article_id)
    if record is None:
        raise HTTPException(404, f"没有编号为 {article_id} 的文章")
    return render(request, "article.html", {"a": record, "json_url": f"/api/articles/{article_id}"})
