"""The article record of CONTRACT.md, built from stored rows: one shape for export, API and pages."""

import json
from datetime import UTC, datetime
from typing import Any, NamedTuple
from urllib.parse import quote

from app.archive.models import Article, PersonPost

EXCERPT_CHARS = 120
# An Article, or a row of its columns as listings read them (app.archive.queries.articles.ARTICLE_COLUMNS).
ArticleRow = Article | Any


def json_list(stored: str) -> Any:
    """A stored JSON list; most are empty, which needs no parsing."""
    return [] if stored == "[]" else json.loads(stored)


def excerpt(body: str, limit: int = EXCERPT_CHARS) -> str:
    flat = body.replace("\n", " ")
    return flat if len(flat) <= limit else flat[:limit].rstrip() + "…"


def page_url(file: str, api: bool = False) -> str:
    """A page's URL: its path under the ingested folder, each part escaped (`#`, `?`, `%` in names)."""
    return f"{'/api' if api else ''}/pages/{quote(file, safe='/')}"


LINES_PER_PAGE = 500  # the source view shows a page's lines in pieces of this many


def line_url(file: str, line: int) -> str:
    """Where a line of a page file is shown: the piece of the source view that holds it, at the line."""
    piece = (line - 1) // LINES_PER_PAGE + 1
    return page_url(file) + (f"?page={piece}" if piece > 1 else "") + f"#L{line}"


def article_url(article_id: int, api: bool = False) -> str:
    return f"{'/api' if api else ''}/articles/{article_id}"


def place_of(article: ArticleRow) -> dict[str, Any] | None:
    if not article.place_code:
        return None
    return {"city": article.city, "county": article.county, "town": article.town, "code": article.place_code}


class PageRef(NamedTuple):
    """The few page columns a record carries (not the page text)."""

    file: str
    newspaper: str | None
    date: str | None
    edition: str | None
    ingested_at: datetime | None = None


def source_of(article: ArticleRow, page: PageRef) -> dict[str, Any]:
    source: dict[str, Any] = {"file": page.file, "lines": json_list(article.lines)}
    for key in ("newspaper", "date", "edition"):
        if getattr(page, key):
            source[key] = getattr(page, key)
    if page.ingested_at:
        source["ingested_at"] = page.ingested_at.replace(tzinfo=page.ingested_at.tzinfo or UTC).isoformat(
            timespec="seconds")
    return source


def people_record(rows: list[PersonPost] | list[Any]) -> list[dict[str, Any]]:
    """Post rows of one article (ordered by person, then post) as the record's `people`."""
    people: dict[int, dict[str, Any]] = {}
    for row in rows:
        person = people.setdefault(row.person, {"name": row.name, "posts": [], "parts": []})
        person["posts"].append(row.post)
        person["parts"].append({"org": row.org, "place_code": row.place_code, "title": row.title})
    return list(people.values())


def article_record(article: ArticleRow, authors: list[str], page: PageRef, *, with_body: bool = True,
                   people: list[PersonPost] | list[Any] = ()) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": article.id,
        "kind": article.kind,
        "title": article.title,
        "kicker": article.kicker,
        "subtitle": article.subtitle,
        "authors": authors,
        "sections": json_list(article.sections),
        "credits": json_list(article.credits),
    }
    if with_body:
        record["body"] = article.body
    else:
        record["excerpt"] = excerpt(article.body)
    record.update(
        {
            "place": place_of(article),
            "mentions": json_list(article.mentions),
            "people": people_record(list(people)),
            "source": source_of(article, page),
            "url": article_url(article.id),
        }
    )
    return record
