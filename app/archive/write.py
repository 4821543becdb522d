"""Writes to the archive: a page and its articles replaced in one transaction."""

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import delete, insert
from sqlmodel import Session, select

from app.archive.meta import bump_generation
from app.archive.models import Article, ArticleAuthor, Author, Page, PersonPost
from app.parsing.model import ParsedArticle
from app.people import Person
from app.places.model import Mention


@dataclass(frozen=True)
class PageInput:
    file: str
    path: str
    content_hash: str
    encoding: str
    text: str
    newspaper: str | None = None
    canonical_newspaper: str | None = None
    date: str | None = None
    edition: str | None = None
    meta_origin: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class StoredPlace:
    """The primary place as stored: names and codes at each level people file it under."""

    city: str | None
    county: str | None
    town: str | None
    code: str
    city_code: str | None
    county_code: str | None
    town_code: str | None


@dataclass
class StoredTags:
    place: StoredPlace | None
    mentions: list[Mention] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)


def page_by_file(session: Session, file: str) -> Page | None:
    return session.exec(select(Page).where(Page.file == file)).first()


def author_ids(session: Session, names: list[str]) -> dict[str, int]:
    """Ids of these authors, adding the new ones: one query for a whole page, not one per name."""
    wanted = set(names)
    found = dict(session.exec(select(Author.name, Author.id).where(Author.name.in_(wanted))).all())  # type: ignore[attr-defined]
    missing = [Author(name=name) for name in wanted - found.keys()]
    if missing:
        session.add_all(missing)
        session.flush()
        found.update((author.name, author.id) for author in missing)
    return found


def apply_tags(article: Article, tags: StoredTags | None) -> None:
    place = tags.place if tags else None
    article.city = place.city if place else None
    article.county = place.county if place else None
    article.town = place.town if place else None
    article.place_code = place.code if place else None
    article.city_code = place.city_code if place else None
    article.county_code = place.county_code if place else None
    article.town_code = place.town_code if place else None
    mentions = tags.mentions if tags else []
    article.mentions = json.dumps(
        [{"name": m.name, "level": m.level, "code": m.code} for m in mentions], ensure_ascii=False
    )


def people_rows(article_id: int, people: list[Person]) -> list[dict]:
    return [
        {"article_id": article_id, "person": n, "position": k, "name": person.name, "post": post.text,
         "org": post.org, "title": post.title, "place_code": post.place_code}
        for n, person in enumerate(people) for k, post in enumerate(person.posts)
    ]


def insert_people(session: Session, rows: list[dict]) -> None:
    """One executemany for a page's posts: much cheaper than an ORM object per row."""
    if rows:
        session.exec(insert(PersonPost), params=rows)  # type: ignore[call-overload]


def replace_people(session: Session, article_id: int, people: list[Person]) -> None:
    session.exec(delete(PersonPost).where(PersonPost.article_id == article_id))  # type: ignore[arg-type]
    insert_people(session, people_rows(article_id, people))


def replace_page(
    session: Session, page_in: PageInput, parsed: list[ParsedArticle], tags: list[StoredTags | None]
) -> tuple[list[int], list[int]]:
    """Store a page and its articles, replacing what an older version of the file left.

    Returns (removed article ids, new article ids). The caller commits: the whole page goes in
    or nothing does.
    """
    page = page_by_file(session, page_in.file)
    removed: list[int] = []
    former_authors: list[int] = []
    if page is None:
        page = Page(file=page_in.file, path="", content_hash="", encoding="", ingested_at=datetime.now(UTC),
                    text="", line_count=0)
    else:
        removed = list(session.exec(select(Article.id).where(Article.page_id == page.id)).all())
        former_authors = list(session.exec(select(ArticleAuthor.author_id).where(
            ArticleAuthor.article_id.in_(removed))).all())  # type: ignore[attr-defined]
        session.exec(delete(ArticleAuthor).where(ArticleAuthor.article_id.in_(removed)))  # type: ignore[attr-defined]
        session.exec(delete(Article).where(Article.page_id == page.id))  # type: ignore[arg-type]
    page.path = page_in.path
    page.content_hash = page_in.content_hash
    page.encoding = page_in.encoding
    page.text = page_in.text
    page.line_count = page_in.text.count("\n") + 1
    page.newspaper, page.date, page.edition = page_in.newspaper, page_in.date, page_in.edition
    page.canonical_newspaper = page_in.canonical_newspaper
    page.meta_origin = json.dumps(page_in.meta_origin)
    page.ingested_at = datetime.now(UTC)
    session.add(page)
    session.flush()

    articles = []
    for seq, (item, place_tags) in enumerate(zip(parsed, tags, strict=True)):
        article = Article(
            page_id=page.id, seq=seq, kind=item.kind, title=item.title, kicker=item.kicker,
            subtitle=item.subtitle, body=item.body,
            sections=json.dumps(item.sections, ensure_ascii=False),
            credits=json.dumps(item.credits, ensure_ascii=False),
            lines=json.dumps([list(r) for r in item.lines]),
        )
        apply_tags(article, place_tags)
        articles.append(article)
    session.add_all(articles)
    session.flush()  # one flush gives every article of the page its id
    ids = author_ids(session, [name for item in parsed for name in item.authors])
    session.add_all([
        ArticleAuthor(article_id=article.id, author_id=ids[name], position=position)
        for article, item in zip(articles, parsed, strict=True)
        for position, name in enumerate(dict.fromkeys(item.authors))
    ])
    insert_people(session, [
        row for article, place_tags in zip(articles, tags, strict=True) if place_tags
        for row in people_rows(article.id, place_tags.people)
    ])
    added = [article.id for article in articles]
    drop_orphan_authors(session, former_authors)
    bump_generation(session)
    return removed, added


def drop_orphan_authors(session: Session, candidates: list[int]) -> None:
    """Authors of replaced articles who are credited nowhere any more leave the archive."""
    if not candidates:
        return
    session.flush()
    linked = select(ArticleAuthor.author_id).where(ArticleAuthor.author_id.in_(candidates))  # type: ignore[attr-defined]
    session.exec(delete(Author).where(Author.id.in_(candidates), Author.id.not_in(linked)))  # type: ignore[union-attr]
