"""A retag: stored articles tagged again (after the gazetteer, aliases or rules changed), page by page."""

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from app.archive.db import lock_for_writing
from app.archive.meta import bump_generation
from app.archive.models import Article, Page
from app.archive.queries.articles import authors_of
from app.archive.write import apply_tags, replace_people
from app.config import Settings
from app.jobs.tagging import tag_articles, texts_of
from app.places.gazetteer import load_gazetteer


@dataclass(frozen=True)
class PlaceChange:
    """An article whose tags a retag changed: its primary place before and after ("city/county/town")."""

    article_id: int
    title: str | None
    before: str
    after: str


def _place_line(article: Article) -> str:
    return "/".join(level or "—" for level in (article.city, article.county, article.town))


def retag_all(settings: Settings, engine: Engine,
              progress: Callable[[int], None] | None = None) -> tuple[int, list[PlaceChange]]:
    """Re-run tagging over stored articles, page by page; returns (articles seen, the articles whose places
    changed). Each page whose places or people changed moves the generation on with its articles' ids."""
    gazetteer = load_gazetteer()
    seen = 0
    changed: list[PlaceChange] = []
    with Session(engine) as session:
        page_ids = session.exec(select(Page.id).order_by(Page.id)).all()
    for page_id in page_ids:
        with Session(engine) as session:
            lock_for_writing(session)  # an ingest on another machine may be replacing this very page
            articles = list(session.exec(select(Article).where(Article.page_id == page_id).order_by(Article.seq)))
            authors = authors_of(session, [a.id for a in articles])
            tags = tag_articles(gazetteer, texts_of(articles), [authors[a.id] for a in articles], settings.home_region)
            page_retagged: list[int] = []
            for article, article_tags in zip(articles, tags, strict=True):
                before = (article.place_code, article.county_code, article.town_code, article.mentions)
                place_before = _place_line(article)
                apply_tags(article, article_tags)
                people_changed = replace_people(session, article.id, article_tags.people)
                after = (article.place_code, article.county_code, article.town_code, article.mentions)
                places_changed = before != after
                if places_changed:
                    changed.append(PlaceChange(article.id, article.title, place_before, _place_line(article)))
                if places_changed or people_changed:
                    page_retagged.append(article.id)
                session.add(article)
            if page_retagged:
                bump_generation(session, page_retagged)
            session.commit()
            seen += len(articles)
        if progress:
            progress(seen)
    return seen, changed
