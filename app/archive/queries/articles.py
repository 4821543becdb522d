"""Articles: listings (newest first), one article, exports; each serves a page and its JSON twin."""

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, literal_column, tuple_
from sqlmodel import Session, select

from app.archive.models import Article, ArticleAuthor, Author, Page, PersonPost
from app.archive.queries.filters import ArticleFilters, filtered
from app.archive.records import PageRef, article_record

from app.search import MAX_PER_PAGE  # the index pages hits the same way


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


def authors_of(session: Session, article_ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    if not article_ids:
        return found
    rows = session.exec(
        select(ArticleAuthor.article_id, Author.name)
        .join(Author, Author.id == ArticleAuthor.author_id)
        .where(ArticleAuthor.article_id.in_(article_ids))  # type: ignore[attr-defined]
        .order_by(ArticleAuthor.article_id, ArticleAuthor.position)
    ).all()
    for article_id, name in rows:
        found[article_id].append(name)
    return found


def people_of(session: Session, article_ids: list[int]) -> dict[int, list[PersonPost]]:
    found: dict[int, list[PersonPost]] = defaultdict(list)
    if article_ids:
        rows = session.exec(select(PersonPost).where(PersonPost.article_id.in_(article_ids))  # type: ignore[attr-defined]
                            .order_by(PersonPost.article_id, PersonPost.person, PersonPost.position)).all()
        for row in rows:
            found[row.article_id].append(row)
    return found


PAGE_REF_COLUMNS = (Page.file, Page.newspaper, Page.date, Page.edition, Page.ingested_at)


def select_articles() -> Any:
    return select(Article, *PAGE_REF_COLUMNS).join(Page, Page.id == Article.page_id)


def records_for(session: Session, rows: list[Any], *, with_body: bool) -> list[dict[str, Any]]:
    ids = [row[0].id for row in rows]
    names, people = authors_of(session, ids), people_of(session, ids)
    return [article_record(row[0], names[row[0].id], PageRef(*row[1:]), with_body=with_body,
                           people=people[row[0].id]) for row in rows]


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
    counted = filtered(select(func.count()).select_from(Article), filters)
    if within is not None:
        counted = counted.where(Article.id.in_(within))  # type: ignore[union-attr]
    total = session.exec(counted).one()
    ids = ids_in_order(session, filters, sort, offset=(page - 1) * per_page, limit=per_page, within=within)
    return Listing(total=total, page=page, per_page=per_page, items=summaries(session, ids, in_order=True))


def ids_in_order(session: Session, filters: ArticleFilters, sort: str, *, offset: int, limit: int,
                 within: Any = None) -> list[int]:
    """The ids of one stretch of a listing. Only ids and sort keys are ordered (a place's from its
    covering index); whole rows are read for the stretch alone."""
    statement = filtered(select(Article.id).join(Page, Page.id == Article.page_id), filters)
    if within is not None:
        statement = statement.where(Article.id.in_(within))  # type: ignore[union-attr]
    return list(session.exec(statement.order_by(*LISTING_ORDERS[sort]()).offset(offset).limit(limit)).all())


def on_this_day(session: Session, today: date, limit: int = 8) -> list[dict[str, Any]]:
    """Articles printed on today's month and day in earlier years (历史上的今天), newest year first."""
    rows = session.exec(select_articles().where(
        Page.date.like(f"%-{today.month:02d}-{today.day:02d}"), Page.date < today.isoformat())  # type: ignore[union-attr]
        .order_by(*newest_first()).limit(limit)).all()
    return records_for(session, list(rows), with_body=False)


def get_article(session: Session, article_id: int) -> dict[str, Any] | None:
    row = session.exec(select_articles().where(Article.id == article_id)).first()
    return records_for(session, [row], with_body=True)[0] if row else None


def export_records(session: Session, batch: int = 500) -> Iterator[dict[str, Any]]:
    """Every article, page by page in the order stored and printed, streamed in batches so memory stays flat."""
    last = (0, -1)
    while True:
        rows = session.exec(
            select_articles().where(tuple_(Article.page_id, Article.seq) > last)
            .order_by(Article.page_id, Article.seq).limit(batch)
        ).all()
        if not rows:
            return
        yield from records_for(session, list(rows), with_body=True)
        last = (rows[-1][0].page_id, rows[-1][0].seq)


def summaries(session: Session, ids: list[int], *, with_body: bool = False,
              in_order: bool = False) -> list[dict[str, Any]]:
    """Records of these articles (listing records, without body, unless asked), in the order of `ids`
    when asked, else in no particular order."""
    if not ids:
        return []
    rows = list(session.exec(select_articles().where(Article.id.in_(ids))).all())  # type: ignore[union-attr]
    if in_order:
        position = {article_id: n for n, article_id in enumerate(ids)}
        rows.sort(key=lambda row: position[row[0].id])
    return records_for(session, rows, with_body=with_body)


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
