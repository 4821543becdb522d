"""Ids the archive once served whose article changed or went: where each now leads."""

import json
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, select

from app.archive.models import Article, ArticleRedirect
from app.archive.queries.articles import summaries

MAX_HOPS = 20  # an id retired, its successor retired in turn, …


@dataclass
class Retired:
    """A retired id: the live articles that carry its text now (none when it is gone) and its page."""

    id: int
    title: str | None
    page_file: str
    successors: list[dict[str, Any]] = field(default_factory=list)


def retired_article(session: Session, article_id: int) -> Retired | None:
    """What became of an id that names no article now; None when the archive never served it."""
    first = session.get(ArticleRedirect, article_id)
    if first is None:
        return None
    live: list[int] = []
    seen = {article_id}
    todo = json.loads(first.successors)
    for _ in range(MAX_HOPS):
        if not todo:
            break
        alive = set(session.exec(select(Article.id).where(Article.id.in_(todo))).all())  # type: ignore[union-attr]
        live += [i for i in todo if i in alive and i not in live]
        later = []
        for row in session.exec(select(ArticleRedirect).where(
                ArticleRedirect.old_id.in_([i for i in todo if i not in alive and i not in seen]))).all():  # type: ignore[attr-defined]
            later += json.loads(row.successors)
        seen.update(todo)
        todo = [i for i in later if i not in seen]
    records = {r["id"]: r for r in summaries(session, live)}
    return Retired(id=article_id, title=first.title, page_file=first.page_file,
                   successors=[records[i] for i in live if i in records])
