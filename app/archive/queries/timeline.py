"""Matching articles per month (or per year over long spans), with all articles of each period beside
them for normalising: the data of /timeline, /api/timeline and the charts on search and place pages.

A query's hits come from the search index (each hit's day is in its page order); without a query the
filtered articles are counted in the database. Undated articles cannot be placed in time and are
counted apart.
"""

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from app.archive.meta import per_generation
from app.archive.models import Article, Page
from app.archive.queries.filters import ArticleFilters, filtered, index_facets, index_restriction
from app.search import ArchiveIndex
from app.sources import day_number

MAX_SERIES = 4
MONTHS_UP_TO = 36  # longer spans are counted per year
PERIODS = ("auto", "month", "year")


@dataclass(frozen=True)
class TimelineRequest:
    queries: tuple[str, ...] = ("",)  # "" counts every article the filters leave
    filters: ArticleFilters = field(default_factory=ArticleFilters)
    period: str = "auto"


def days_in_database(session: Session, filters: ArticleFilters) -> Counter:
    """Articles per day (YYYYMMDD, 0 for undated pages) among those the filters leave. Counted per page,
    which a place's covering index of its code and page answers without reading the articles."""
    statement = filtered(select(Article.page_id, func.count()).select_from(Article), filters)
    day_of = page_days(session)
    days: Counter = Counter()
    # Plain rows: a city's articles lie on tens of thousands of pages, and an ORM row apiece costs more
    # than the count itself.
    for page_id, count in session.connection().execute(statement.group_by(Article.page_id)):
        days[day_of[page_id]] += count
    return days


# The places (and filters) last charted: a popular place's chart is counted once until the next ingest.
days_of_filtered = per_generation(days_in_database, keep=64)


@per_generation
def page_days(session: Session) -> dict[int, int]:
    """Each page's day (YYYYMMDD, 0 when undated)."""
    return {page_id: day_number(day) for page_id, day in session.exec(select(Page.id, Page.date)).all()}


@per_generation
def days_in_archive(session: Session) -> Counter:
    """Articles per day over the whole archive: the denominator of every normalised timeline, the same
    until the next ingest."""
    return days_in_database(session, ArticleFilters())


def days_of_articles(session: Session, filters: ArticleFilters) -> Counter:
    """Articles per day among those the filters leave; all of them are counted once per generation."""
    return days_in_archive(session) if not filters.active() else days_of_filtered(session, filters)


def days_of_hits(session: Session, index: ArchiveIndex, q: str, filters: ArticleFilters) -> Counter:
    return Counter(index.hit_days(q, filters=index_facets(session, filters),
                                  restrict=index_restriction(session, filters)))


def period_of(day: int, period: str) -> str:
    return f"{day // 10_000:04d}" if period == "year" else f"{day // 10_000:04d}-{day // 100 % 100:02d}"


def periods_between(first: int, last: int, period: str) -> list[str]:
    """Every year or month from the day `first` to the day `last`, gaps included."""
    if period == "year":
        return [f"{year:04d}" for year in range(first // 10_000, last // 10_000 + 1)]
    months = []
    year, month = first // 10_000, first // 100 % 100
    while (year, month) <= (last // 10_000, last // 100 % 100):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def timeline(session: Session, index: ArchiveIndex | None, request: TimelineRequest) -> dict[str, Any]:
    """{"period", "series": [{"q", "points": [{"period", "count", "total"}], "undated"}]}."""
    counted = [days_of_hits(session, index, q, request.filters) if q.strip() and index is not None
               else days_of_articles(session, request.filters) for q in request.queries]
    totals = days_in_archive(session)
    first, last = request.filters.days()
    dated = [day for days in counted for day in days if day]
    low = day_number(first) if first else min(dated, default=0)
    high = day_number(last) if last else max(dated, default=0)
    if request.period != "auto":
        period = request.period
    else:
        months = (high // 10_000 - low // 10_000) * 12 + (high // 100 % 100 - low // 100 % 100) + 1
        period = "year" if months > MONTHS_UP_TO else "month"
    labels = periods_between(low, high, period) if low and high else []
    total_by = Counter()
    for day, count in totals.items():
        if day:
            total_by[period_of(day, period)] += count
    series = []
    for q, days in zip(request.queries, counted, strict=True):
        by = Counter()
        for day, count in days.items():
            if low <= day <= high and day:
                by[period_of(day, period)] += count
        series.append({"q": q, "points": [{"period": p, "count": by[p], "total": total_by[p]} for p in labels],
                       "undated": days.get(0, 0)})
    return {"period": period, "series": series}
