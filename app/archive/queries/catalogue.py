"""Everything the archive serves, as addresses for a sitemap: articles, pages, places, authors."""

from urllib.parse import quote

from sqlalchemy import func
from sqlmodel import Session, select

from app.archive.models import Article, Page
from app.archive.queries.authors import author_index
from app.archive.queries.places import PlaceNode, place_tree
from app.archive.records import article_url, page_url


def article_total(session: Session) -> int:
    return session.exec(select(func.count()).select_from(Article)).one()


def article_urls(session: Session, offset: int, limit: int) -> list[str]:
    ids = session.exec(select(Article.id).order_by(Article.id).offset(offset).limit(limit)).all()
    return [article_url(i) for i in ids]


def page_urls(session: Session) -> list[str]:
    return [page_url(file) for file in session.exec(select(Page.file).order_by(Page.file)).all()]


def place_urls(session: Session) -> list[str]:
    found: list[str] = []

    def walk(nodes: list[PlaceNode]) -> None:
        for node in nodes:
            found.append(f"/places/{node.code}")
            walk(list(node.children.values()))

    walk(place_tree(session))
    return found


def author_urls(session: Session) -> list[str]:
    return [f"/authors/{quote(name)}" for name, _ in author_index(session)]
