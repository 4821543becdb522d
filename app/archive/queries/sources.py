"""Read functions for source pages: the page text as ingested, with each article's lines."""

import json
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from app.archive.models import Article, Page, PageAlias
from app.archive.queries.articles import newest_pages_first
from app.archive.queries.newspapers import page_neighbours
from app.archive.records import LINES_PER_PAGE, article_url, page_url


def page_summary(page: Page, article_count: int) -> dict[str, Any]:
    return {"file": page.file, "newspaper": page.newspaper, "canonical_newspaper": page.canonical_newspaper,
            "date": page.date, "edition": page.edition, "metadata_from": json.loads(page.meta_origin or "{}"),
            "encoding": page.encoding, "ingested_at": page.ingested_at.isoformat(),
            "line_count": page.line_count, "article_count": article_count,
            "lines": page.line_count, "articles": article_count,  # the first names, kept for older clients
            "url": page_url(page.file)}


def recent_pages(session: Session, limit: int = 10) -> list[dict[str, Any]]:
    """The newest pages (by printed date when known, else by ingest), with their article counts."""
    # The newest pages first (walking the listing-order index), then their counts: not a count of every page.
    pages = session.exec(select(Page).order_by(*newest_pages_first()).limit(limit)).all()
    counts = dict(session.exec(select(Article.page_id, func.count()).where(
        Article.page_id.in_([page.id for page in pages])).group_by(Article.page_id)).all())  # type: ignore[attr-defined]
    return [page_summary(page, counts.get(page.id, 0)) for page in pages]




def source_page(session: Session, file: str, part: int = 1) -> dict[str, Any] | None:
    """The page's lines, each tagged with the article it went into (None for blank or unused lines),
    `LINES_PER_PAGE` at a time: `part` 1 is the first piece (`parts` says how many there are)."""
    page = session.exec(select(Page).where(Page.file == file)).first()
    if page is None:
        return None
    articles = session.exec(select(Article).where(Article.page_id == page.id).order_by(Article.seq)).all()
    owner: dict[int, int] = {}
    listed = []
    for article in articles:
        ranges = json.loads(article.lines)
        listed.append({"id": article.id, "kind": article.kind, "title": article.title, "lines": ranges,
                       "url": article_url(article.id)})
        for first, last in ranges:
            for number in range(first, last + 1):
                owner.setdefault(number, article.id)
    all_lines = page.text.split("\n")
    parts = max(1, -(-len(all_lines) // LINES_PER_PAGE))
    part = min(max(1, part), parts)
    first = (part - 1) * LINES_PER_PAGE + 1
    lines = [{"number": n, "text": text, "article": owner.get(n)}
             for n, text in enumerate(all_lines[first - 1:first - 1 + LINES_PER_PAGE], start=first)]
    return {**page_summary(page, len(articles)), **page_neighbours(session, page), "text_lines": lines,
            "article_list": listed, "part": part, "parts": parts, "lines_per_part": LINES_PER_PAGE}


def renamed_page(session: Session, file: str) -> str | None:
    """The identity a page known as `file` has now, when it was renamed (None otherwise)."""
    alias = session.get(PageAlias, file)
    return alias.file if alias else None
