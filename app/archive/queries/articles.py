"""Articles: listings (newest first), one article, exports; each serves a page and its JSON twin."""

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import bindparam, func, literal_column, text, tuple_
from sqlmodel import Session, select

from app.archive.meta import per_generation
from app.archive.models import Article, ArticleAuthor, Author, Page, PersonPost
from app.archive.queries.filters import LEVELS, ArticleFilters, filtered, is_code
from app.archive.queries.stats import counts
from app.archive.records import PageRef, article_record



@dataclass
class Listing:
    total: int
    page: int
    per_page: int
    items: list[dict[str, Any]]

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))

    def as_json(self) -> dict[str, Any]:
        return {"total": self.total, "page": self.page, "per_page": self.per_page, "items": self.items}


# One statement each, built once: `ids` is expanded to the list given (per dialect) when run.
IDS = bindparam("ids", expanding=True)
AUTHORS_OF = (select(ArticleAuthor.article_id, Author.name).join(Author, Author.id == ArticleAuthor.author_id)
              .where(ArticleAuthor.article_id.in_(IDS))  # type: ignore[attr-defined]
              .order_by(ArticleAuthor.article_id, ArticleAuthor.position))
POST_COLUMNS = tuple(PersonPost.__table__.c[name]  # type: ignore[attr-defined]
                     for name in ("article_id", "person", "name", "post", "org", "place_code", "title"))
PEOPLE_OF = (select(*POST_COLUMNS).where(PersonPost.article_id.in_(IDS))  # type: ignore[attr-defined]
             .order_by(PersonPost.article_id, PersonPost.person, PersonPost.position))


def authors_of(session: Session, article_ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    if article_ids:
        for article_id, name in session.connection().execute(AUTHORS_OF, {"ids": list(article_ids)}):
            found[article_id].append(name)
    return found


def people_of(session: Session, article_ids: list[int]) -> dict[int, list[Any]]:
    """The post rows (article_id, person, name, post, org, place_code, title) of each article, by person."""
    found: dict[int, list[Any]] = defaultdict(list)
    if article_ids:
        for row in session.connection().execute(PEOPLE_OF, {"ids": list(article_ids)}):
            found[row.article_id].append(row)
    return found


# What an article record is made of: the article's columns (not its page's text) and its page's few.
ARTICLE_COLUMNS = tuple(Article.__table__.c[name] for name in (  # type: ignore[attr-defined]
    "id", "page_id", "seq", "kind", "title", "kicker", "subtitle", "body", "sections", "credits", "lines",
    "city", "county", "town", "place_code", "mentions"))
PAGE_REF_COLUMNS = (Page.file, Page.newspaper, Page.date, Page.edition, Page.ingested_at)


def select_articles() -> Any:
    """Rows of record columns, read as plain rows (no ORM objects): run with `read_rows()`."""
    return select(*ARTICLE_COLUMNS, *PAGE_REF_COLUMNS).join(Page, Page.id == Article.page_id)


def read_rows(session: Session, statement: Any, parameters: dict[str, Any] | None = None) -> list[Any]:
    return list(session.connection().execute(statement, parameters or {}).all())


def records_for(session: Session, rows: list[Any], *, with_body: bool) -> list[dict[str, Any]]:
    ids = [row.id for row in rows]
    names, people = authors_of(session, ids), people_of(session, ids)
    return [article_record(row, names[row.id], PageRef(row.file, row.newspaper, row.date, row.edition,
                                                      row.ingested_at),
                           with_body=with_body, people=people[row.id]) for row in rows]


def newest_pages_first() -> tuple[Any, ...]:
    """Newest page first: by printed date when known, else by when it was ingested. (The search index
    orders by the same rule, see app.search.dates.page_order.)"""
    # '' written into the SQL, not bound: the expression must read exactly as the index ix_page_newest's.
    return (func.coalesce(Page.date, literal_column("''")).desc(), Page.id.desc())  # type: ignore[union-attr]


def newest_first() -> tuple[Any, ...]:
    """Articles of the newest page first, each page's in the order they were printed."""
    return (*newest_pages_first(), Article.seq)


def oldest_first() -> tuple[Any, ...]:
    """Articles of the oldest dated page first; pages without a date after all dated ones."""
    return (Page.date.is_(None), Page.date, Page.id, Article.seq)  # type: ignore[union-attr]


LISTING_ORDERS = {"newest": newest_first, "oldest": oldest_first}


def list_articles(session: Session, filters: ArticleFilters, *, page: int = 1, per_page: int = 20,
                  sort: str = "newest", within: Any = None) -> Listing:
    """A page of the articles matching the filters (and, given `within`, a select of article ids, among those)."""
    if within is None and not filters.active():
        total = article_total(session)
    else:
        counted = filtered(select(func.count()).select_from(Article), filters)
        if within is not None:
            counted = counted.where(Article.id.in_(within))  # type: ignore[union-attr]
        total = session.exec(counted).one()
    ids = ids_in_order(session, filters, sort, offset=(page - 1) * per_page, limit=per_page, within=within,
                       total=total)
    return Listing(total=total, page=page, per_page=per_page, items=summaries(session, ids, in_order=True))


@per_generation
def article_total(session: Session) -> int:
    """Every article and photo (the whole archive's listing), counted once per generation."""
    return session.exec(select(func.count()).select_from(Article)).one()


def ids_in_order(session: Session, filters: ArticleFilters, sort: str, *, offset: int, limit: int,
                 within: Any = None, total: int | None = None) -> list[int]:
    """The ids of one stretch of a listing. Only ids and sort keys are ordered (a place's from its
    covering index); whole rows are read for the stretch alone. A place with many articles (`total`)
    is read page by page, newest first, until the stretch is full, instead of ordering all of them."""
    level = lone_place_code(filters)
    if (sort == "newest" and within is None and level and total and session.get_bind().dialect.name == "sqlite"
            and PAGE_BY_PAGE_MARGIN * (offset + limit) * page_count(session) < total * total):
        found = session.connection().execute(PAGE_BY_PAGE[level], {"code": getattr(filters, level), "limit": limit,
                                                                   "offset": offset})
        return [article_id for article_id, in found]
    statement = filtered(select(Article.id).join(Page, Page.id == Article.page_id), filters)
    if within is not None:
        statement = statement.where(Article.id.in_(within))  # type: ignore[union-attr]
    return list(session.exec(statement.order_by(*LISTING_ORDERS[sort]()).offset(offset).limit(limit)).all())


# Reading pages newest first probes about (offset + limit) × pages / total of them for a place's articles
# (spread over the pages); ordering all of them costs about `total`. This margin favours ordering.
PAGE_BY_PAGE_MARGIN = 2
# SQLite's planner is told the order (CROSS JOIN) and the indexes: pages newest first (the order of
# newest_first(), read from ix_page_newest), and for each the place's articles from the covering index
# of its code, page and position. PostgreSQL's planner chooses by itself.
PAGE_BY_PAGE = {level: text(
    f"SELECT a.id FROM page AS p INDEXED BY ix_page_newest CROSS JOIN article AS a INDEXED BY ix_article_{level}_page "
    f"WHERE a.page_id = p.id AND a.{level}_code = :code "
    "ORDER BY coalesce(p.date, '') DESC, p.id DESC, a.seq LIMIT :limit OFFSET :offset") for level in LEVELS}


def lone_place_code(filters: ArticleFilters) -> str | None:
    """The level of the only filter, when it is a place given by its code (which a covering index of its
    code, page and position answers)."""
    active = filters.active()
    if len(active) == 1:
        (level, value), = active.items()
        if level in LEVELS and is_code(value):
            return level
    return None


def page_count(session: Session) -> int:
    return counts(session)["pages"]


def on_this_day(session: Session, today: date, limit: int = 8) -> list[dict[str, Any]]:
    """Articles printed on today's month and day in earlier years (历史上的今天), newest year first."""
    found = read_rows(session, select_articles().where(
        Page.date.like(f"%-{today.month:02d}-{today.day:02d}"), Page.date < today.isoformat())  # type: ignore[union-attr]
        .order_by(*newest_first()).limit(limit))
    return records_for(session, found, with_body=False)


def get_article(session: Session, article_id: int) -> dict[str, Any] | None:
    found = read_rows(session, select_articles().where(Article.id == article_id))
    return records_for(session, found, with_body=True)[0] if found else None


def export_records(session: Session, batch: int = 500) -> Iterator[dict[str, Any]]:
    """Every article, page by page in the order stored and printed, streamed in batches so memory stays flat."""
    last = (0, -1)
    while True:
        batch_rows = read_rows(session, select_articles().where(tuple_(Article.page_id, Article.seq) > last)
                          .order_by(Article.page_id, Article.seq).limit(batch))
        if not batch_rows:
            return
        yield from records_for(session, batch_rows, with_body=True)
        last = (batch_rows[-1].page_id, batch_rows[-1].seq)


SUMMARIES = select_articles().where(Article.id.in_(IDS))  # type: ignore[union-attr]


def summaries(session: Session, ids: list[int], *, with_body: bool = False,
              in_order: bool = False) -> list[dict[str, Any]]:
    """Records of these articles (listing records, without body, unless asked), in the order of `ids`
    when asked, else in no particular order."""
    if not ids:
        return []
    found = read_rows(session, SUMMARIES, {"ids": list(ids)})
    if in_order:
        position = {article_id: n for n, article_id in enumerate(ids)}
        found.sort(key=lambda row: position[row.id])
    return records_for(session, found, with_body=with_body)


def iter_articles(session: Session, filters: ArticleFilters, *, batch: int = 500,
                  sort: str = "newest") -> Iterator[dict[str, Any]]:
    """Every article matching the filters, in listing order, fetched a batch at a time."""
    offset = 0
    while True:
        ids = ids_in_order(session, filters, sort, offset=offset, limit=batch)
        if not ids:
            return
        yield from summaries(session, ids, in_order=True)
        offset += batch
