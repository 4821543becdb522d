"""Keeps the search index in step with the database, which stays the source of truth.

The database's generation moves on with every stored change; the index records the generation it
was built for. After an ingest the index is updated incrementally when it was current before the
ingest began, and rebuilt from the database when it is missing or stale for any other reason (a
crash between the two, a deleted folder, an index from another database).
"""

import json
import threading
from collections.abc import Callable, Iterable, Iterator

from sqlalchemy.engine import Engine
from sqlalchemy import func
from sqlmodel import Session, select

from app.archive.meta import generation as stored_generation
from app.archive.models import Article, Page
from app.archive.queries.articles import authors_of, people_of
from app.config import Settings
from app.search import ArchiveIndex, IndexDoc
from app.search.dates import page_order
from app.sources import day_number

BATCH = 1000
# A rebuild writes segments of 5,000 to 25,000 articles, one process per core; up to the smallest
# size it is built in this process (no start-up cost). Every segment costs each query term a lookup,
# so there are as few as the cores and the largest size allow; the largest bounds a writer's memory.
MIN_SEGMENT_DOCS = 5_000
MAX_SEGMENT_DOCS = 25_000


def order_of(page_date: str | None, page_id: int, seq: int) -> int:
    """The listing order as one number, larger first (see app.search.dates.page_order)."""
    return page_order(day_number(page_date), page_id, seq)


def index_docs(session: Session, articles: list[tuple[Article, str | None]]) -> list[IndexDoc]:
    ids = [article.id for article, _ in articles]
    names, people = authors_of(session, ids), people_of(session, ids)
    docs = []
    for article, page_date in articles:
        mentioned = [m["name"] for m in json.loads(article.mentions)]
        chain = [name for name in (article.city, article.county, article.town) if name]
        docs.append(IndexDoc(
            id=article.id, title=article.title, kicker=article.kicker, subtitle=article.subtitle,
            body=article.body, authors=names[article.id], people=list(dict.fromkeys(p.name for p in people[article.id])),
            places=list(dict.fromkeys(chain + mentioned)),
            city=article.city, county=article.county, town=article.town, kind=article.kind,
            order=order_of(page_date, article.page_id, article.seq),
        ))
    return docs


def docs_by_id(session: Session, ids: list[int]) -> list[IndexDoc]:
    docs: list[IndexDoc] = []
    for start in range(0, len(ids), BATCH):
        chunk = ids[start:start + BATCH]
        rows = session.exec(select(Article, Page.date).join(Page, Page.id == Article.page_id)
                            .where(Article.id.in_(chunk))).all()  # type: ignore[union-attr]
        docs.extend(index_docs(session, list(rows)))
    return docs


def all_docs(engine: Engine) -> Iterator[IndexDoc]:
    with Session(engine) as session:
        last_id = 0
        while True:
            rows = session.exec(select(Article, Page.date).join(Page, Page.id == Article.page_id)
                                .where(Article.id > last_id).order_by(Article.id).limit(BATCH)).all()
            if not rows:
                return
            yield from index_docs(session, list(rows))
            last_id = rows[-1][0].id


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


def rebuild(settings: Settings, engine: Engine, progress: Callable[[int], None] | None = None) -> int:
    generation = db_generation(engine)
    total = article_count(engine)
    index = ArchiveIndex(settings.index_dir)
    index.segment_docs = segment_size(total, index.procs)
    index.rebuild(all_docs(engine), generation=generation, progress=progress)
    return total


def update(settings: Settings, engine: Engine, *, before: int | None, added: Iterable[int],
           removed: Iterable[int]) -> str:
    """Bring the index up to the database after an ingest; says whether it 'updated' or 'rebuilt'."""
    index = ArchiveIndex(settings.index_dir)
    generation = db_generation(engine)
    if index.generation == generation:
        return "current"
    if index.exists() and before is not None and index.generation == before:
        with Session(engine) as session:
            docs = docs_by_id(session, list(added))
        index.update(docs, delete_ids=removed, generation=generation)
        return "updated"
    rebuild(settings, engine)
    return "rebuilt"


def is_stale(settings: Settings, engine: Engine) -> bool:
    return ArchiveIndex(settings.index_dir).generation != db_generation(engine)


class IndexKeeper:
    """Owns a server's index: notices when the database moved on and rebuilds in the background."""

    def __init__(self, settings: Settings, engine: Engine):
        self.settings, self.engine = settings, engine
        self.index = ArchiveIndex(settings.index_dir)
        self._lock = threading.Lock()
        self._rebuilding = False

    def current(self) -> ArchiveIndex:
        if self.index.generation != db_generation(self.engine) and not self._rebuilding:
            with self._lock:
                if not self._rebuilding:
                    self._rebuilding = True
                    threading.Thread(target=self._rebuild, daemon=True).start()
        return self.index

    def _rebuild(self) -> None:
        try:
            rebuild(self.settings, self.engine)
        finally:
            self._rebuilding = False
