"""Browsing by author: every author with counts, one author with their articles."""

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from app.archive.models import ArticleAuthor, Author
from app.archive.queries.articles import Listing, list_articles
from app.archive.queries.filters import ArticleFilters, author_exists


def author_index(session: Session) -> list[tuple[str, int]]:
    """Every author with the number of articles and photos credited to them, most first."""
    rows = session.exec(
        select(Author.name, func.count()).join(ArticleAuthor, ArticleAuthor.author_id == Author.id)
        .group_by(Author.name).order_by(func.count().desc(), Author.name)
    ).all()
    return [(name, count) for name, count in rows]


@dataclass
class AuthorPage:
    name: str
    listing: Listing

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "count": self.listing.total, "articles": self.listing.as_json()}


def author_page(session: Session, name: str, *, page: int, per_page: int, within: ArticleFilters = ArticleFilters(),
                sort: str = "newest") -> AuthorPage | None:
    """An author's articles (within a newspaper or period), newest first, or None when no article credits
    the name."""
    if not author_exists(session, name):
        return None
    return AuthorPage(name, list_articles(session, replace(within, author=name), page=page, per_page=per_page,
                                          sort=sort))
