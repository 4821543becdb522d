"""The JSON API of CONTRACT.md. Routes are thin: parse parameters, ask app.queries, return."""

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path

from app import page_queries, place_queries, queries
from app.web.deps import FiltersDep, PageNumber, PerPage, SessionDep

router = APIRouter(prefix="/api", tags=["api"])
ArticleId = Annotated[int, Path(ge=1, le=2**62, description="article id")]


@router.get("/articles")
def list_articles(session: SessionDep, filters: FiltersDep, page: PageNumber = 1, per_page: PerPage = 20) -> dict[str, Any]:
    """Articles, newest page first, filtered by place (name or code), author or kind."""
    if problem := place_queries.unknown_filter(session, filters):
        raise HTTPException(404, problem)
    return queries.list_articles(session, filters, page=page, per_page=per_page).as_json()


@router.get("/articles/{article_id}")
def get_article(session: SessionDep, article_id: ArticleId) -> dict[str, Any]:
    """One article record."""
    record = queries.get_article(session, article_id)
    if record is None:
        raise HTTPException(404, f"no article with id {article_id}")
    return record


@router.get("/places")
def places(session: SessionDep) -> list[dict[str, Any]]:
    """The place tree (city → county → town) with article counts."""
    return [node.as_json() for node in place_queries.place_tree(session)]


@router.get("/places/{code}")
def place(session: SessionDep, code: Annotated[str, Path(max_length=20)], page: PageNumber = 1,
          per_page: PerPage = 20) -> dict[str, Any]:
    """One place: breadcrumbs, the places below it and its articles."""
    data = place_queries.place_page(session, code, page=page, per_page=per_page)
    if data is None:
        raise HTTPException(404, f"no place with code {code!r}")
    return place_queries.public(data)


@router.get("/authors")
def authors(session: SessionDep) -> list[dict[str, Any]]:
    """Every author with the number of articles credited to them."""
    return [{"name": name, "count": count, "url": f"/authors/{name}"}
            for name, count in place_queries.author_index(session)]


@router.get("/authors/{name}")
def author(session: SessionDep, name: Annotated[str, Path(max_length=100)], page: PageNumber = 1,
           per_page: PerPage = 20) -> dict[str, Any]:
    """One author's articles."""
    data = place_queries.author_page(session, name, page=page, per_page=per_page)
    if data is None:
        raise HTTPException(404, f"no author named {name!r} in the archive")
    return place_queries.public(data)


@router.get("/pages/{file}")
def source_page(session: SessionDep, file: Annotated[str, Path(max_length=255)]) -> dict[str, Any]:
    """A source page as ingested: its lines, each with the article it went into."""
    data = page_queries.source_page(session, file)
    if data is None:
        raise HTTPException(404, f"no page file named {file!r}")
    return data
