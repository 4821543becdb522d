"""Writes to the archive: a page and its articles replaced in one transaction."""

import json
from datetime import UTC, datetime
from pathlib import PurePath

from sqlalchemy import delete
from sqlmodel import Session, select

from app.archive import plain
from app.archive.db import lock_for_writing
from app.archive.meta import bump_generation
from app.archive.identity import identity_text, ids_of, successors
from app.archive.models import Article, ArticleAuthor, ArticleRedirect, Author, Page, PageAlias, PersonPost
from app.archive.rows import (ARTICLE_COLUMNS, POST_COLUMNS, TAG_COLUMNS, PageInput, PageRows, StoredPage, StoredPlace,
                              StoredTags, identity_texts, keyed_texts, page_rows, post_values, tag_values)
from app.parsing.model import ParsedArticle
from app.people import Person

__all__ = ["PageInput", "PageRows", "StoredPage", "StoredPlace", "StoredTags", "page_rows",
           "tag_values"]  # the rows, as the store takes them


_STORED_PAGE = f"SELECT file, content_hash, path, newspaper, date, edition FROM {Page.__tablename__}"


def stored_pages(session: Session) -> dict[str, StoredPage]:
    """Every stored page by its file, in one query: an ingest tells the unchanged, changed and new files
    from it without asking the database again for each."""
    return {row[0]: StoredPage(*row[1:]) for row in plain.run(session, _STORED_PAGE)}


def stored_page(session: Session, file: str) -> StoredPage | None:
    rows = plain.run(session, f"{_STORED_PAGE} WHERE file = ?", (file,))
    return StoredPage(*rows[0][1:]) if rows else None


def author_ids(session: Session, names: list[str]) -> dict[str, int]:
    """Ids of these authors, adding the new ones: one query for a whole page, not one per name."""
    wanted = list(set(names))
    if not wanted:
        return {}
    author = Author.__table__  # type: ignore[attr-defined]

    def known(names: list[str]) -> list[tuple]:
        in_list = plain.placeholders(len(names))
        return plain.run(session, f"SELECT name, id FROM {author.name} WHERE name IN ({in_list})", names)

    found = dict(known(wanted))
    missing = [name for name in wanted if name not in found]
    if missing:
        plain.insert_many(session, author, ("name",), [(name,) for name in missing])
        found.update(known(missing))
    return found


def apply_tags(article: Article, tags: StoredTags | None) -> None:
    for column, value in zip(TAG_COLUMNS, tag_values(tags)):
        setattr(article, column, value)


def insert_posts(session: Session, rows: list[tuple]) -> None:
    """Posts as (article id, *POST_COLUMNS), in one executemany."""
    plain.insert_many(session, PersonPost.__table__, ("article_id", *POST_COLUMNS), rows)  # type: ignore[attr-defined]


def replace_people(session: Session, article_id: int, people: list[Person]) -> bool:
    """Store an article's people in place of its old ones; True when they changed (the search index holds
    their names, so a change moves the archive's generation on)."""
    rows = post_values(people)
    stored = session.exec(select(*(getattr(PersonPost, c) for c in POST_COLUMNS))
                          .where(PersonPost.article_id == article_id)
                          .order_by(PersonPost.person, PersonPost.position)).all()
    if [tuple(r) for r in stored] == rows:
        return False
    session.exec(delete(PersonPost).where(PersonPost.article_id == article_id))  # type: ignore[arg-type]
    insert_posts(session, [(article_id, *row) for row in rows])
    return True


def replace_page(
    session: Session, page_in: PageInput, parsed: list[ParsedArticle], tags: list[StoredTags | None]
) -> tuple[list[int], list[int]]:
    """Store a page and its articles (see `store_rows`)."""
    return store_rows(session, page_in, page_rows(parsed, tags))


def store_rows(session: Session, page_in: PageInput, rows: PageRows) -> tuple[list[int], list[int]]:
    """Store a page and its articles, replacing what an older version of the file left.

    Articles keep their permanent ids (app/archive/identity.py) while their text stays the same; the
    ids that disappear are remembered with their successors. Returns (removed article ids, new article
    ids). The caller commits: the whole page goes in or nothing does.
    """
    lock_for_writing(session)
    stored = plain.run(session, f"SELECT id FROM {Page.__tablename__} WHERE file = ?", (page_in.file,))
    page = session.get(Page, stored[0][0]) if stored else page_by_path(session, page_in)
    removed: list[int] = []
    former: dict[int, tuple[str | None, str]] = {}
    former_authors: list[int] = []
    if page is None:  # a new page: one plain insert, no ORM object
        page_id = plain.insert_returning_id(session, Page.__table__, page_columns(page_in))  # type: ignore[attr-defined]
    else:
        former = {row[0]: (row[1], row[2]) for row in session.exec(
            select(Article.id, Article.title, Article.body).where(Article.page_id == page.id)).all()}
        removed = list(former)
        former_authors = list(session.exec(select(ArticleAuthor.author_id).where(
            ArticleAuthor.article_id.in_(removed))).all())  # type: ignore[attr-defined]
        session.exec(delete(ArticleAuthor).where(ArticleAuthor.article_id.in_(removed)))  # type: ignore[attr-defined]
        session.exec(delete(Article).where(Article.page_id == page.id))  # type: ignore[arg-type]
        if page.file != page_in.file:  # adopted under its new identity: the old URL leads here
            session.merge(PageAlias(old_file=page.file, file=page_in.file))
        for column, value in page_columns(page_in).items():
            setattr(page, column, value)
        session.add(page)
        session.flush()
        page_id = page.id
    plain.run(session, f"DELETE FROM {PageAlias.__tablename__} WHERE old_file = ?", (page_in.file,))

    ids = permanent_ids(session, page_id, page_in.file, rows)
    # Rows, not ORM objects: one executemany per table for the whole page.
    plain.insert_many(session, Article.__table__, ARTICLE_COLUMNS,  # type: ignore[attr-defined]
                      [(article_id, page_id, seq, *values)
                       for seq, (article_id, values) in enumerate(zip(ids, rows.articles))])
    author_id = author_ids(session, [name for names in rows.authors for name in names])
    plain.insert_many(session, ArticleAuthor.__table__, ("article_id", "author_id", "position"),  # type: ignore[attr-defined]
                      [(article_id, author_id[name], position) for article_id, names in zip(ids, rows.authors)
                       for position, name in enumerate(names)])
    insert_posts(session, [(article_id, *post) for article_id, posts in zip(ids, rows.posts) for post in posts])
    remember_retired(session, page_in.file, former, ids, rows)
    drop_orphan_authors(session, former_authors)
    bump_generation(session, [*removed, *ids])
    return removed, ids


def page_columns(page_in: PageInput) -> dict[str, object]:
    """A page's columns as stored from its input (the new version of a file)."""
    return {
        "file": page_in.file, "path": page_in.path, "content_hash": page_in.content_hash,
        "encoding": page_in.encoding, "text": page_in.text, "line_count": page_in.text.count("\n") + 1,
        "newspaper": page_in.newspaper, "date": page_in.date, "edition": page_in.edition,
        "canonical_newspaper": page_in.canonical_newspaper, "meta_origin": json.dumps(page_in.meta_origin),
        "ingested_at": datetime.now(UTC),
    }


def page_by_path(session: Session, page_in: PageInput) -> Page | None:
    """A page stored under an older identity (its bare file name) from the very same file on disk."""
    if page_in.file == page_in.path.rsplit("/", 1)[-1]:
        return None
    # A page's file is always its path's last parts (the path under the folder ingested), so the indexed
    # file names stand for the path, which has no index of its own: no scan of every page.
    parts = PurePath(page_in.path).parts
    files = ["/".join(parts[i:]) for i in range(len(parts))]
    found = plain.run(session, f"SELECT id FROM {Page.__tablename__} WHERE file IN ({plain.placeholders(len(files))}) "
                               "AND path = ? ORDER BY id LIMIT 1", [*files, page_in.path])
    return session.get(Page, found[0][0]) if found else None


def permanent_ids(session: Session, page_id: int, page_file: str, rows: PageRows) -> list[int]:
    """The articles' ids from their page and text (as the rows bring them when made for this page file); a
    coincidence with another page's article is avoided."""
    ids = rows.ids if rows.ids is not None and rows.file == page_file else ids_of(page_file, keyed_texts(rows))
    clashing = frozenset(row[0] for row in plain.run(
        session, f"SELECT id FROM {Article.__tablename__} WHERE id IN ({plain.placeholders(len(ids))}) "
                 "AND page_id != ?", [*ids, page_id])) if ids else frozenset()
    return ids_of(page_file, keyed_texts(rows), clashing) if clashing else ids


def remember_retired(session: Session, page_file: str, former: dict[int, tuple[str | None, str]],
                     ids: list[int], rows: PageRows) -> None:
    """Old ids (with their title and body) that no longer name an article lead to their successors (the
    current ids, with their identity texts), or say they are gone."""
    if ids:  # an id that names an article again is no longer a redirect
        plain.run(session, f"DELETE FROM {ArticleRedirect.__tablename__} WHERE old_id IN "
                           f"({plain.placeholders(len(ids))})", list(ids))
    if former.keys() <= set(ids):
        return  # no id retired: a new page, or one whose articles all kept their text
    current = dict(zip(ids, identity_texts(rows)))
    texts = {i: identity_text(*former[i]) for i in former}
    found = successors(texts, current)
    now = datetime.now(UTC)
    for old_id, next_ids in found.items():
        session.merge(ArticleRedirect(old_id=old_id, successors=json.dumps(next_ids), page_file=page_file,
                                      title=former[old_id][0], retired_at=now))


def drop_orphan_authors(session: Session, candidates: list[int]) -> None:
    """Authors of replaced articles who are credited nowhere any more leave the archive."""
    if not candidates:
        return
    session.flush()
    linked = select(ArticleAuthor.author_id).where(ArticleAuthor.author_id.in_(candidates))  # type: ignore[attr-defined]
    session.exec(delete(Author).where(Author.id.in_(candidates), Author.id.not_in(linked)))  # type: ignore[union-attr]
