"""Request dependencies: a database session per request, common query parameters."""

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Query, Request
from sqlmodel import Session

from app.queries import MAX_PER_PAGE, ArticleFilters


def get_session(request: Request) -> Iterator[Session]:
    with Session(request.app.state.engine) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]
PageNumber = Annotated[int, Query(ge=1, le=1_000_000, description="page number, from 1")]
PerPage = Annotated[int, Query(ge=1, le=MAX_PER_PAGE, description=f"items per page, at most {MAX_PER_PAGE}")]
KIND_PATTERN = "^(article|photo)$"


def article_filters(
    city: Annotated[str | None, Query(max_length=100)] = None,
    county: Annotated[str | None, Query(max_length=100)] = None,
    town: Annotated[str | None, Query(max_length=100)] = None,
    author: Annotated[str | None, Query(max_length=100)] = None,
    kind: Annotated[str | None, Query(pattern=KIND_PATTERN)] = None,
) -> ArticleFilters:
    return ArticleFilters(city=city or None, county=county or None, town=town or None, author=author or None,
                          kind=kind or None)


FiltersDep = Annotated[ArticleFilters, Depends(article_filters)]
