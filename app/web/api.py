"""The JSON API of CONTRACT.md. Routes are thin: parse parameters, ask app.queries, return."""

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path

from app import queries
from app.web.deps import FiltersDep, PageNumber, PerPage, SessionDep

router = APIRouter(prefix="/api", tags=["api"])
ArticleId = Annotated[int, Path(ge=1, le=2**62, description="article id")]


@router.get("/articles")
def list_articles(session: SessionDep, filters: FiltersDep, page: PageNumber = 1, per_page: PerPage = 20) -> dict[str, Any]:
    """Articles, newest page first, filtered by place, author or kind."""
    return queries.list_articles(session, filters, page=page, per_page=per_page).as_json()


@router.get("/articles/{article_id}")
def get_article(session: SessionDep, article_id: ArticleId) -> dict[str, Any]:
    """One article record."""
    record = queries.get_article(session, article_id)
    if record is None:
        raise HTTPException(404, f"no article with id {article_id}")
    return record
