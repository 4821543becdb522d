"""The one filter resolver: listings, search, exports and feeds narrow articles the same way.

A place may be given by code (320508) or by name (姑苏区) at any level; an author, or a person the
articles give a post to, by name. A filter naming nothing the archive knows is refused (the web
answers 404), never silently empty.
"""

import re
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, select

from app.archive.models import Article, ArticleAuthor, Author, PersonPost, Place

LEVELS = ("city", "county", "town")
KINDS = ("article", "photo")
PLACE_CODE = re.compile(r"^N?\d{6}(\d{3})?$")
NAME_COLUMNS = {"city": Article.city, "county": Article.county, "town": Article.town}
CODE_COLUMNS = {"city": Article.city_code, "county": Article.county_code, "town": Article.town_code}


class UnknownFilter(LookupError):
    """A filter names no place or author the archive knows; `str()` says which, `label` in Chinese."""

    def __init__(self, message: str, label: str):
        super().__init__(message)
        self.label = label


@dataclass(frozen=True)
class ArticleFilters:
    city: str | None = None
    county: str | None = None
    town: str | None = None
    author: str | None = None
    kind: str | None = None
    person: str | None = None

    def active(self) -> dict[str, str]:
        return {k: v for k, v in self.__dict__.items() if v}


def is_code(value: str) -> bool:
    return bool(PLACE_CODE.match(value))


def author_exists(session: Session, name: str) -> bool:
    return session.exec(select(Author.id).where(Author.name == name)).first() is not None


def person_exists(session: Session, name: str) -> bool:
    return session.exec(select(PersonPost.id).where(PersonPost.name == name)).first() is not None


def place_name(session: Session, level: str, value: str) -> str | None:
    """The name a place filter stands for (the search index files places by name), or None when
    neither the gazetteer nor any stored article knows the place."""
    if is_code(value):
        place = session.get(Place, value)
        if place is not None:
            return place.name
        stored = session.exec(select(NAME_COLUMNS[level]).where(CODE_COLUMNS[level] == value)).first()
        return stored
    if session.exec(select(Place.code).where(Place.name == value)).first() is not None:
        return value
    known = any(session.exec(select(Article.id).where(column == value)).first() is not None
                for column in NAME_COLUMNS.values())
    return value if known else None


def resolve(session: Session, filters: ArticleFilters) -> ArticleFilters:
    """Check every filter against the archive; raise UnknownFilter naming the first unknown one."""
    if filters.author and not author_exists(session, filters.author):
        raise UnknownFilter(f"no author named {filters.author!r} in the archive", f"档案中没有作者“{filters.author}”")
    if filters.person and not person_exists(session, filters.person):
        raise UnknownFilter(f"no person named {filters.person!r} in the archive", f"档案中没有人物“{filters.person}”")
    for level in LEVELS:
        value = getattr(filters, level)
        if value and place_name(session, level, value) is None:
            raise UnknownFilter(f"no place {value!r} known at level {level}", f"没有名为或代码为“{value}”的地方")
    return filters


def index_facets(session: Session, filters: ArticleFilters) -> dict[str, str]:
    """The filters as the search index's facets, which hold place names: codes become names."""
    facets = filters.active()
    for level in LEVELS:
        value = facets.get(level)
        if value and is_code(value):
            facets[level] = place_name(session, level, value) or value
    return facets


def filtered(statement: Any, filters: ArticleFilters) -> Any:
    """`statement` narrowed by the filters; a place by its code column or its name column (each indexed)."""
    for level in LEVELS:
        value = getattr(filters, level)
        if value:
            column = CODE_COLUMNS[level] if is_code(value) else NAME_COLUMNS[level]
            statement = statement.where(column == value)
    if filters.kind:
        statement = statement.where(Article.kind == filters.kind)
    if filters.author:
        statement = statement.where(
            Article.id.in_(  # type: ignore[union-attr]
                select(ArticleAuthor.article_id).join(Author, Author.id == ArticleAuthor.author_id)
                .where(Author.name == filters.author)
            )
        )
    if filters.person:
        statement = statement.where(
            Article.id.in_(select(PersonPost.article_id).where(PersonPost.name == filters.person))  # type: ignore[union-attr]
        )
    return statement
