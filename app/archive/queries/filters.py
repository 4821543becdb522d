"""The one filter resolver: listings, search, exports and feeds narrow articles the same way.

A place may be given by code (320508) or by name (姑苏区) at any level; an author, or a person the
articles give a post to, by name; a newspaper by any name the alias table groups (`szrb` is 苏州日报);
a period by `from` and `to`, each a year, a month or a day. A filter naming nothing the archive knows is
refused (the web answers 404), a period that is no period is invalid (422); neither is silently empty.
"""

import re
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, select

from app.archive.models import Article, ArticleAuthor, Author, Page, PersonPost, Place
from app.search.dates import Restriction
from app.sources import canonical_newspaper, day_number, parse_period

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


class InvalidFilter(ValueError):
    """A filter that cannot mean anything (`from=2022-13`); `str()` says why, `label` in Chinese."""

    def __init__(self, message: str, label: str):
        super().__init__(message)
        self.label = label


# Filter fields whose query parameter has another name.
PARAMETERS = {"date_from": "from", "date_to": "to"}


@dataclass(frozen=True)
class ArticleFilters:
    city: str | None = None
    county: str | None = None
    town: str | None = None
    author: str | None = None
    kind: str | None = None
    person: str | None = None
    newspaper: str | None = None  # as asked; its canonical name is what is matched
    date_from: str | None = None  # 2022, 2022-11 or 2022-11-08, as asked
    date_to: str | None = None

    def active(self) -> dict[str, str]:
        """The filters in force, by their query parameter names."""
        return {PARAMETERS.get(k, k): v for k, v in self.__dict__.items() if v}

    def days(self) -> tuple[str | None, str | None]:
        """The first and last ISO day the period covers (None: open). Raises InvalidFilter."""
        first = period_bound("from", self.date_from)
        last = period_bound("to", self.date_to, end=True)
        if first and last and first > last:
            raise InvalidFilter(f"from={self.date_from} is after to={self.date_to}", "起始日期晚于结束日期")
        return first, last

    def dated(self) -> bool:
        return bool(self.date_from or self.date_to)


def period_bound(name: str, value: str | None, *, end: bool = False) -> str | None:
    if not value:
        return None
    try:
        return parse_period(value, end=end)
    except ValueError as error:
        raise InvalidFilter(f"{name}: {error}",
                            f"日期“{value}”应写成年（2022）、月（2022-11）或日（2022-11-08）") from None


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
    # the name itself selected: its index answers (the id is not in it: migration 0010)
    known = any(session.exec(select(column).where(column == value)).first() is not None
                for column in NAME_COLUMNS.values())
    return value if known else None


def newspaper_known(session: Session, name: str) -> bool:
    canonical = canonical_newspaper(name)
    return session.exec(select(Page.id).where(Page.canonical_newspaper == canonical)).first() is not None


def resolve(session: Session, filters: ArticleFilters) -> ArticleFilters:
    """Check every filter against the archive; raise UnknownFilter naming the first unknown one, or
    InvalidFilter for a period that is none."""
    filters.days()
    if filters.newspaper and not newspaper_known(session, filters.newspaper):
        raise UnknownFilter(f"no newspaper named {filters.newspaper!r} in the archive",
                            f"档案中没有报纸“{filters.newspaper}”")
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
    facets = {key: value for key, value in filters.active().items() if key in (*LEVELS, "author", "person", "kind")}
    for level in LEVELS:
        value = facets.get(level)
        if value and is_code(value):
            facets[level] = place_name(session, level, value) or value
    return facets


def index_restriction(session: Session, filters: ArticleFilters) -> Restriction | None:
    """The date and newspaper filters as the index applies them (its page order holds day and page)."""
    if not filters.dated() and not filters.newspaper:
        return None
    first, last = filters.days()
    pages = None
    if filters.newspaper:
        pages = tuple(session.exec(select(Page.id).where(
            Page.canonical_newspaper == canonical_newspaper(filters.newspaper)).order_by(Page.id)).all())
    return Restriction(day_number(first) if first else None, day_number(last) if last else None, pages)


def page_conditions(filters: ArticleFilters) -> list[Any]:
    """The conditions on the page table of the newspaper and date filters."""
    conditions = []
    first, last = filters.days()
    if first:
        conditions.append(Page.date >= first)
    if last:
        conditions.append(Page.date <= last)
    if filters.newspaper:
        conditions.append(Page.canonical_newspaper == canonical_newspaper(filters.newspaper))
    return conditions


def filtered(statement: Any, filters: ArticleFilters) -> Any:
    """`statement` narrowed by the filters; a place by its code column or its name column (each indexed)."""
    for level in LEVELS:
        value = getattr(filters, level)
        if value:
            column = CODE_COLUMNS[level] if is_code(value) else NAME_COLUMNS[level]
            statement = statement.where(column == value)
    if filters.kind:
        statement = statement.where(Article.kind == filters.kind)
    conditions = page_conditions(filters)
    if conditions:
        statement = statement.where(Article.page_id.in_(select(Page.id).where(*conditions)))  # type: ignore[union-attr]
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
