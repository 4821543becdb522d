"""Newspapers and their issues: title → years → a month's calendar → an issue → its pages.

Each function serves an HTML page and its JSON twin. A newspaper is its canonical name (the alias
table groups the names pages print); any of its names finds it.
"""

import calendar
from collections import Counter
from typing import Any
from urllib.parse import quote

from sqlalchemy import distinct, func
from sqlmodel import Session, select

from app.archive.models import Article, Page
from app.archive.records import page_url
from app.sources import canonical_newspaper
from app.sources.dates import edition_key

WEEKDAYS = ("一", "二", "三", "四", "五", "六", "日")


def newspaper_url(name: str, period: str | None = None) -> str:
    return f"/newspapers/{quote(name, safe='')}" + (f"/{period}" if period else "")


def article_counts(session: Session, *conditions: Any) -> Counter:
    """Articles per page id of the pages meeting `conditions`."""
    # count(), not count(id): the id is not in ix_article_page_seq, which answers this alone (migration 0010)
    rows = session.exec(select(Article.page_id, func.count()).join(Page, Page.id == Article.page_id)
                        .where(*conditions).group_by(Article.page_id)).all()
    return Counter(dict(rows))


def newspaper_index(session: Session) -> dict[str, Any]:
    """Every newspaper with its date span, issues, pages and articles; and what has no newspaper."""
    spans = session.exec(
        select(Page.canonical_newspaper, func.min(Page.date), func.max(Page.date), func.count(distinct(Page.date)),
               func.count(Page.id)).group_by(Page.canonical_newspaper)).all()
    articles = dict(session.exec(select(Page.canonical_newspaper, func.count(Article.page_id))
                                 .join(Article, Article.page_id == Page.id).group_by(Page.canonical_newspaper)).all())
    printed: dict[str | None, list[str]] = {}
    for canonical, name in session.exec(select(Page.canonical_newspaper, Page.newspaper).distinct()
                                        .order_by(Page.newspaper)).all():
        printed.setdefault(canonical, []).append(name)
    papers, without = [], {"pages": 0, "articles": 0}
    for name, first, last, issues, pages in spans:
        if name is None:
            without = {"pages": pages, "articles": articles.get(None, 0)}
            continue
        papers.append({"name": name, "printed_names": printed.get(name, []), "first": first, "last": last,
                       "issues": issues, "pages": pages, "articles": articles.get(name, 0),
                       "url": newspaper_url(name)})
    papers.sort(key=lambda p: (-p["articles"], p["name"]))
    return {"newspapers": papers, "without_newspaper": without}


def find_newspaper(session: Session, name: str) -> str | None:
    """The canonical name a newspaper is filed under, or None when the archive has none by that name."""
    canonical = canonical_newspaper(name)
    found = session.exec(select(Page.id).where(Page.canonical_newspaper == canonical).limit(1)).first()
    return canonical if found is not None else None


def issue_rows(session: Session, name: str, prefix: str = "") -> list[tuple[str, int, int]]:
    """(date, pages, articles) of each issue whose date starts with `prefix`."""
    conditions = [Page.canonical_newspaper == name, Page.date.is_not(None)]  # type: ignore[union-attr]
    if prefix:
        conditions.append(Page.date.startswith(prefix))  # type: ignore[union-attr]
    pages = session.exec(select(Page.date, Page.id).where(*conditions)).all()
    counts = article_counts(session, *conditions)
    issues: dict[str, list[int]] = {}
    for day, page_id in pages:
        issues.setdefault(day, [0, 0])
        issues[day][0] += 1
        issues[day][1] += counts.get(page_id, 0)
    return sorted((day, n_pages, n_articles) for day, (n_pages, n_articles) in issues.items())


def grouped(rows: list[tuple[str, int, int]], width: int) -> list[dict[str, Any]]:
    """Issues summed by the first `width` characters of their date (4: years, 7: months)."""
    groups: dict[str, dict[str, Any]] = {}
    for day, pages, articles in rows:
        group = groups.setdefault(day[:width], {"period": day[:width], "issues": 0, "pages": 0, "articles": 0})
        group["issues"] += 1
        group["pages"] += pages
        group["articles"] += articles
    return list(groups.values())


def newspaper_years(session: Session, name: str) -> dict[str, Any]:
    years = grouped(issue_rows(session, name), 4)
    for year in years:
        year["url"] = newspaper_url(name, year["period"])
    undated = session.exec(select(Page.file).where(Page.canonical_newspaper == name, Page.date.is_(None))  # type: ignore[union-attr]
                           .order_by(Page.file)).all()
    return {"name": name, "years": years, "undated_pages": [{"file": f, "url": page_url(f)} for f in undated]}


def newspaper_year(session: Session, name: str, year: int) -> dict[str, Any]:
    months = {m["period"]: m for m in grouped(issue_rows(session, name, f"{year:04d}-"), 7)}
    listed = []
    for month in range(1, 13):
        period = f"{year:04d}-{month:02d}"
        found = months.get(period, {"period": period, "issues": 0, "pages": 0, "articles": 0})
        listed.append({**found, "url": newspaper_url(name, period) if found["issues"] else None})
    return {"name": name, "year": year, "months": listed, **neighbours(session, name, f"{year:04d}", 4)}


def month_calendar(session: Session, name: str, year: int, month: int) -> dict[str, Any]:
    """A month's weeks (Monday first); each day with pages links to its issue."""
    period = f"{year:04d}-{month:02d}"
    issues = {day: (pages, articles) for day, pages, articles in issue_rows(session, name, period + "-")}
    weeks = []
    for week in calendar.Calendar(firstweekday=0).monthdayscalendar(year, month):
        days = []
        for number in week:
            iso = f"{period}-{number:02d}" if number else None
            pages, articles = issues.get(iso or "", (0, 0))
            days.append({"day": number or None, "date": iso, "pages": pages, "articles": articles,
                         "url": newspaper_url(name, iso) if pages else None})
        weeks.append(days)
    return {"name": name, "year": year, "month": month, "weekdays": list(WEEKDAYS), "weeks": weeks,
            "issues": len(issues), **neighbours(session, name, period, 7)}


def issue(session: Session, name: str, day: str) -> dict[str, Any] | None:
    """An issue: its pages in edition order, each with its articles."""
    pages = session.exec(select(Page).where(Page.canonical_newspaper == name, Page.date == day)).all()
    if not pages:
        return None
    pages = sorted(pages, key=lambda p: (edition_key(p.edition), p.file))
    articles = session.exec(select(Article.page_id, Article.id, Article.title, Article.kind)
                            .where(Article.page_id.in_([p.id for p in pages]))  # type: ignore[union-attr]
                            .order_by(Article.page_id, Article.seq)).all()
    by_page: dict[int, list[dict[str, Any]]] = {}
    for page_id, article_id, title, kind in articles:
        by_page.setdefault(page_id, []).append({"id": article_id, "title": title, "kind": kind,
                                                "url": f"/articles/{article_id}"})
    listed = [{"file": p.file, "newspaper": p.newspaper, "edition": p.edition, "url": page_url(p.file),
               "articles": by_page.get(p.id, [])} for p in pages]
    return {"name": name, "date": day, "pages": listed, **neighbours(session, name, day, 10)}


def neighbours(session: Session, name: str, period: str, width: int) -> dict[str, Any]:
    """The previous and next period (year, month or day) of this newspaper that has issues."""
    key = func.substr(Page.date, 1, width)
    base = select(key).where(Page.canonical_newspaper == name, Page.date.is_not(None))  # type: ignore[union-attr]
    before = session.exec(base.where(key < period).order_by(key.desc()).limit(1)).first()
    after = session.exec(base.where(key > period).order_by(key).limit(1)).first()
    return {"previous": {"period": before, "url": newspaper_url(name, before)} if before else None,
            "next": {"period": after, "url": newspaper_url(name, after)} if after else None}


def page_neighbours(session: Session, page: Page) -> dict[str, Any]:
    """The issue a page belongs to and the pages before and after it there (edition order)."""
    if not page.canonical_newspaper or not page.date:
        return {"issue": None, "previous_page": None, "next_page": None}
    siblings = sorted(session.exec(select(Page.file, Page.edition).where(
        Page.canonical_newspaper == page.canonical_newspaper, Page.date == page.date)).all(),
        key=lambda row: (edition_key(row[1]), row[0]))
    files = [file for file, _ in siblings]
    at = files.index(page.file)

    def link(index: int) -> dict[str, Any] | None:
        if not 0 <= index < len(siblings):
            return None
        file, edition = siblings[index]
        return {"file": file, "edition": edition, "url": page_url(file)}

    return {"issue": {"name": page.canonical_newspaper, "date": page.date,
                      "url": newspaper_url(page.canonical_newspaper, page.date)},
            "previous_page": link(at - 1), "next_page": link(at + 1)}
