"""Counts of what the archive holds (the `stats` command, the home and about pages)."""

from sqlalchemy import func
from sqlmodel import Session, select

from app.archive.meta import per_generation
from app.archive.models import Article, Author, Page, Place


MEANINGS = {
    "pages": "page files ingested",
    "articles": "articles cut from the pages (captioned photos not included)",
    "photos": "captioned photos",
    "places": "distinct places the articles are about",
    "gazetteer_places": "places the gazetteer knows (China's divisions to town level, with aliases): what "
                        "articles can be tagged with, whether or not any article names them",
    "authors": "distinct names credited as authors or photographers",
}


@per_generation
def counts(session: Session) -> dict[str, int]:
    def count(model: type) -> int:
        return session.exec(select(func.count()).select_from(model)).one()

    return {
        "pages": count(Page),
        "articles": session.exec(select(func.count()).where(Article.kind == "article")).one(),
        "photos": session.exec(select(func.count()).where(Article.kind == "photo")).one(),
        "places": session.exec(select(func.count(func.distinct(Article.place_code)))).one(),
        "gazetteer_places": count(Place),
        "authors": count(Author),
    }
