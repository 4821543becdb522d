"""Keeps the search index in step with the database, which stays the source of truth.

The database's generation moves on with every stored change, and the database records which articles
each generation changed; the index records the generation it was built for. An index a little behind
takes the articles changed since (after an ingest or a retag in this process or any other, on any
machine that shares the database); one that is missing, far behind or from another database is rebuilt.
"""

import fcntl
import json
import logging
import os
import re
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy import func
from sqlmodel import Session, select

from app.archive import plain
from app.archive.db import make_engine
from app.archive.meta import changed_since, generation as stored_generation
from app.archive.models import Article, Page
from app.archive.queries.articles import authors_of, people_of
from app.config import Settings
from app.jobs.readahead import ReadAhead
from app.search import ArchiveIndex, IndexDoc
from app.search.dates import page_order
from app.sources import day_number

log = logging.getLogger("zhenzhi.index")
BATCH = 1000
# A rebuild writes segments of 5,000 to 25,000 articles, one process per core; up to the smallest
# size it is built in this process (no start-up cost). Every segment costs each query term a lookup,
# so there are as few as the cores and the largest size allow (a writer's memory does not grow with
# its segment; the largest keeps a segment's postings values in 16 bits, under 65,536 documents).
MIN_SEGMENT_DOCS = 5_000
MAX_SEGMENT_DOCS = 25_000
# Beyond this many changed articles a fresh build is about as quick as patching the live one (and leaves it
# in fewer segments).
MAX_PATCH = 20_000


def order_of(page_date: str | None, page_id: int, seq: int) -> int:
    """The listing order as one number, larger first (see app.search.dates.page_order)."""
    return page_order(day_number(page_date), page_id, seq)


# What the index reads of an article and its page, as plain rows (no ORM object per article).
DOC_COLUMNS = (Article.id, Article.page_id, Article.seq, Article.kind, Article.title, Article.kicker,
               Article.subtitle, Article.body, Article.city, Article.county, Article.town, Article.mentions, Page.date)
SELECT_DOCS = select(*DOC_COLUMNS).join(Page, Page.id == Article.page_id)
# A rebuild reads the articles in id order, a batch at a time: the bylines and people of a batch are those of
# an id range, read by range on the indexes that start with the article id, as plain SQL (no expanded list
# of a thousand ids, no SQLAlchemy row per byline).
_DOCS_FROM = ("SELECT a.id, a.page_id, a.seq, a.kind, a.title, a.kicker, a.subtitle, a.body, a.city, a.county, "
              "a.town, a.mentions, p.date FROM article a JOIN page p ON p.id = a.page_id WHERE a.id {} ?{} "
              f"ORDER BY a.id LIMIT {BATCH}")
_AUTHORS_IN_RANGE = ("SELECT aa.article_id, au.name FROM article_author aa JOIN author au ON au.id = aa.author_id "
                     "WHERE aa.article_id BETWEEN ? AND ? ORDER BY aa.article_id, aa.position")
_PEOPLE_IN_RANGE = ("SELECT article_id, name FROM person_post WHERE article_id BETWEEN ? AND ? "
                    "ORDER BY article_id, person, position")


# A place's name in an article's mentions as stored (app.archive.write.tag_values: JSON of objects with the
# keys name, level and code, non-ASCII characters as they are). Where no value holds a backslash, no value
# holds a quotation mark either, so each name is the text between the quotes after a "name" key.
_MENTIONED_NAME = re.compile(r'"name": "([^"\\]*)"')


def mentioned_names(mentions: str) -> list[str]:
    """The names of the places an article mentions, from the column as stored."""
    if "\\" in mentions:  # an escaped character: read as JSON
        return [m["name"] for m in json.loads(mentions)]
    return _MENTIONED_NAME.findall(mentions)


def index_docs(rows: list[Any], names: dict[int, list[str]], people: dict[int, list[str]]) -> list[IndexDoc]:
    """The documents of rows of DOC_COLUMNS (plain tuples), given each article's bylines and people's names."""
    docs = []
    for (article_id, page_id, seq, kind, title, kicker, subtitle, body, city, county, town, mentions, date) in rows:
        mentioned = mentioned_names(mentions)
        chain = [name for name in (city, county, town) if name]
        docs.append(IndexDoc(
            id=article_id, title=title, kicker=kicker, subtitle=subtitle,
            body=body, authors=names.get(article_id, []), people=list(dict.fromkeys(people.get(article_id, ()))),
            places=list(dict.fromkeys(chain + mentioned)),
            city=city, county=county, town=town, kind=kind,
            order=order_of(date, page_id, seq),
        ))
    return docs


def docs_by_id(session: Session, ids: list[int]) -> list[IndexDoc]:
    docs: list[IndexDoc] = []
    for start in range(0, len(ids), BATCH):
        chunk = ids[start:start + BATCH]
        rows = session.connection().execute(SELECT_DOCS.where(Article.id.in_(chunk))).all()  # type: ignore[union-attr]
        people = {article_id: [row.name for row in posts] for article_id, posts in people_of(session, chunk).items()}
        docs.extend(index_docs([tuple(row) for row in rows], authors_of(session, chunk), people))
    return docs


def _by_article(rows: list[tuple]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    for article_id, name in rows:
        found[article_id].append(name)
    return found


def all_docs(engine: Engine, first: int | None = None, stop: int | None = None) -> Iterator[IndexDoc]:
    """The documents of every article (or of those with first <= id < stop), in id order."""
    until = ("", ()) if stop is None else (" AND a.id < ?", (stop,))
    with Session(engine) as session:
        rows = plain.run(session, _DOCS_FROM.format(">=", until[0]), (-1 if first is None else first, *until[1]))
        while rows:
            low, high = rows[0][0], rows[-1][0]
            yield from index_docs(rows, _by_article(plain.run(session, _AUTHORS_IN_RANGE, (low, high))),
                                  _by_article(plain.run(session, _PEOPLE_IN_RANGE, (low, high))))
            rows = plain.run(session, _DOCS_FROM.format(">", until[0]), (high, *until[1]))


class ArticleDocs:
    """Every article's document, in id order, for a rebuild; a writer process reads its own part of
    them from the database, so the process that hands out the parts never holds the documents."""

    def __init__(self, settings: Settings, engine: Engine) -> None:
        self.settings, self.engine = settings, engine

    def __iter__(self) -> Iterator[IndexDoc]:
        return all_docs(self.engine)

    def parts(self, size: int) -> list[Callable[[], Iterator[IndexDoc]]]:
        with Session(self.engine) as session:  # plain rows: 125,000 ids through the ORM cost a third of a second
            ids = plain.run(session, "SELECT id FROM article ORDER BY id")
        firsts = [row[0] for row in ids[::size]]
        return [partial(part_docs, self.settings, first, stop) for first, stop in zip(firsts, [*firsts[1:], None])]


def part_docs(settings: Settings, first: int, stop: int | None) -> Iterator[IndexDoc]:
    """In a writer process: the documents of the articles with first <= id < stop, on an engine of its own."""
    engine = make_engine(settings)
    try:
        yield from all_docs(engine, first, stop)
    finally:
        engine.dispose()


def db_generation(engine: Engine) -> int:
    with Session(engine) as session:
        return stored_generation(session)


def article_count(engine: Engine) -> int:
    """Articles and photos: every row the index holds a document for."""
    with Session(engine) as session:
        return session.exec(select(func.count()).select_from(Article)).one()


def segment_size(total: int, procs: int) -> int:
    """Articles per segment for a rebuild of `total`: the same number of segments for every core."""
    segments = max(procs, -(-total // MAX_SEGMENT_DOCS))
    segments = -(-segments // procs) * procs
    return max(MIN_SEGMENT_DOCS, -(-total // segments))


class IndexBusy(Exception):
    """Another process (or thread) is writing the index right now."""


@contextmanager
def index_lock(settings: Settings, *, wait: bool = True) -> Iterator[None]:
    """One writer of the index at a time, across processes (serve workers, ingest, reindex): an flock on a
    file beside the index, released by the kernel if its holder dies. Without `wait`, IndexBusy."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(settings.data_dir / "index.lock", os.O_CREAT | os.O_RDWR, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            raise IndexBusy() from None
        yield
    finally:
        os.close(fd)


def rebuild(settings: Settings, engine: Engine, progress: Callable[[int], None] | None = None, *,
            wait: bool = True) -> int:
    with index_lock(settings, wait=wait):
        generation = db_generation(engine)
        total = article_count(engine)
        index = ArchiveIndex(settings.index_dir)
        index.segment_docs = segment_size(total, index.procs)
        index.rebuild(ArticleDocs(settings, engine), generation=generation, progress=progress)
        return total


def catch_up(settings: Settings, engine: Engine, *, wait: bool = True) -> str:
    """Bring the index to the database's generation; says whether it was 'current', 'updated' (with the
    articles changed since its generation) or 'rebuilt'.

    Under the index lock, so a `reindex` running meanwhile finishes first and this brings its build on.
    Articles read after the generation may be newer than it: the next catch-up takes them again, harmlessly."""
    with index_lock(settings, wait=wait):
        index = ArchiveIndex(settings.index_dir)
        with Session(engine) as session:
            target = stored_generation(session)
            built = index.generation
            if built == target:
                return "current"
            changed = changed_since(session, built, target) if built is not None and built < target else None
            docs = docs_by_id(session, sorted(changed)) if changed is not None and len(changed) <= MAX_PATCH else None
        if docs is not None:
            index.update(docs, delete_ids=changed or (), generation=target)
            return "updated"
    rebuild(settings, engine, wait=wait)
    return "rebuilt"


def is_stale(settings: Settings, engine: Engine) -> bool:
    return ArchiveIndex(settings.index_dir).generation != db_generation(engine)


class IndexKeeper:
    """Owns a server's index: notices when the database moved on and catches up in the background.

    Several server processes share one data folder: the one that gets the index lock catches up, the
    others keep serving the live build and pick up the new one through its stamp. Servers on other machines
    (other data folders) sharing one PostgreSQL each keep their own index so. A catch-up that fails
    (a full disk) is tried again after a growing pause, not on every request."""

    FIRST_PAUSE, LONGEST_PAUSE = 5.0, 300.0

    def __init__(self, settings: Settings, engine: Engine, read_ahead: bool = False):
        self.settings, self.engine = settings, engine
        self.index = ArchiveIndex(settings.index_dir)
        # Started by the server; told of every search, so that a new build is read ahead too.
        self.read_ahead = ReadAhead(settings, self.index) if read_ahead else None
        self._lock = threading.Lock()
        self._rebuilding = False
        self._pause = 0.0
        self._not_before = 0.0

    def current(self, generation: int | None = None) -> ArchiveIndex:
        """The index; `generation` is the database's when the caller has just read it."""
        if self.read_ahead is not None:
            self.read_ahead.notice()
        if self._rebuilding or time.monotonic() < self._not_before:
            return self.index
        if self.index.generation != (db_generation(self.engine) if generation is None else generation):
            with self._lock:
                if not self._rebuilding:
                    self._rebuilding = True
                    threading.Thread(target=self._catch_up, daemon=True).start()
        return self.index

    def _catch_up(self) -> None:
        try:
            catch_up(self.settings, self.engine, wait=False)
            self._pause = 0.0
        except IndexBusy:  # another process is on it; look again in a moment
            self._not_before = time.monotonic() + 1.0
        except Exception as error:
            self._pause = min(self.LONGEST_PAUSE, max(self.FIRST_PAUSE, self._pause * 2))
            self._not_before = time.monotonic() + self._pause
            log.error("bringing the search index up to date failed (%s); next try in %.0f s",
                      describe(error), self._pause)
        finally:
            self._rebuilding = False


def describe(error: BaseException) -> str:
    """One line for a log or a message: the OS's words for an OSError, else type and message."""
    if isinstance(error, OSError) and error.strerror:
        return f"{error.strerror}: {error.filename}" if error.filename else error.strerror
    return f"{type(error).__name__}: {error}".splitlines()[0]
