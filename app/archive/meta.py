"""Small facts about the archive kept in the meta table, above all its generation.

Every change to articles moves the generation on; the search index records the generation it was
built for, so a mismatch says the index must catch up.
"""

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from datetime import UTC, datetime
from functools import wraps
from typing import Any, TypeVar

from sqlalchemy import delete, select, text
from sqlalchemy.engine import Engine
from sqlmodel import Session

from app.archive import plain
from app.archive.models import ArticleChange, Meta

T = TypeVar("T")
GENERATION_KEY = "generation"
CHANGED_KEY = "changed_at"  # when the generation last moved (UTC, ISO 8601): a response's Last-Modified
# article_change holds every change of the generations after this one: an index built for it or later can
# catch up from the table; an older one is rebuilt.
CHANGES_FROM_KEY = "changes_from"
CHANGES_KEPT = 10_000  # generations whose changed articles are kept (a page stored is one generation)


def get_meta(session: Session, key: str) -> str | None:
    return session.scalars(select(Meta.value).where(Meta.key == key)).first()


# One statement sets a key (locking its row until commit) and returns the value stored: plain SQL, as
# the generation moves for every page an ingest stores.
_UPSERT = (f'INSERT INTO {Meta.__tablename__} ("key", value) VALUES (?, ?) '
           'ON CONFLICT ("key") DO UPDATE SET value = %s RETURNING value')
_NEXT_GENERATION = _UPSERT % f"CAST(CAST({Meta.__tablename__}.value AS INTEGER) + 1 AS VARCHAR)"
_SET_VALUE = _UPSERT % "?"


def set_meta(session: Session, key: str, value: str) -> None:
    plain.run(session, _SET_VALUE, (key, value, value))


def generation(session: Session) -> int:
    return int(get_meta(session, GENERATION_KEY) or 0)


def bump_generation(session: Session, changed: Iterable[int] | None) -> int:
    """Every change to articles moves the generation on; the search index must match it. `changed`: the ids
    of the articles stored, replaced or removed (None when not known: indexes behind it are rebuilt).

    One atomic increment: concurrent writers (PostgreSQL) each get their own generation, in commit order,
    because the meta row stays locked until the transaction ends."""
    value = int(plain.run(session, _NEXT_GENERATION, (GENERATION_KEY, "1"))[0][0])
    set_meta(session, CHANGED_KEY, datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00"))
    if changed is None:
        set_meta(session, CHANGES_FROM_KEY, str(value))
        return value
    plain.insert_many(session, ArticleChange.__table__, ("generation", "article_id"),  # type: ignore[attr-defined]
                      [(value, article_id) for article_id in set(changed)])
    if value % 1000 == 0:  # now and then, forget the oldest changes
        session.connection().execute(delete(ArticleChange).where(ArticleChange.generation <= value - CHANGES_KEPT))
        if value > CHANGES_KEPT and changes_from(session) < value - CHANGES_KEPT:
            set_meta(session, CHANGES_FROM_KEY, str(value - CHANGES_KEPT))
    return value


def changes_from(session: Session) -> int:
    return int(get_meta(session, CHANGES_FROM_KEY) or 0)


def changed_since(session: Session, since: int, until: int) -> set[int] | None:
    """The articles that generations `since`+1 … `until` changed; None when the table no longer says."""
    if since < changes_from(session):
        return None
    return set(session.scalars(select(ArticleChange.article_id).where(
        ArticleChange.generation > since, ArticleChange.generation <= until)).all())


def per_generation(compute: Callable[..., T], *, keep: int = 1) -> Callable[..., T]:
    """`compute(session, *args)` once per archive, generation and `args`: for answers that only an ingest
    changes (the place tree, the counts, a place's people) and that cost a scan of many articles. The
    newest generation's answers are kept, at most `keep` of them (the least recently asked go first).
    Requests that ask while an answer is being computed wait for it instead of computing it again."""
    cache: OrderedDict[tuple, Future] = OrderedDict()
    lock = threading.Lock()

    @wraps(compute)
    def cached(session: Session, *args: Any) -> T:
        key = (str(session.get_bind().url), generation(session), args)
        with lock:
            answer = cache.get(key)
            mine = answer is None
            if mine:
                answer = cache[key] = Future()
            cache.move_to_end(key)
        if mine:
            try:
                answer.set_result(compute(session, *args))
            except BaseException as error:
                with lock:
                    cache.pop(key, None)
                answer.set_exception(error)
                raise
            with lock:  # one archive per process in practice: answers of older generations go
                for older in [k for k in cache if k[0] == key[0] and k[1] < key[1]]:
                    del cache[older]
                while len(cache) > keep:
                    cache.popitem(last=False)
        return answer.result()

    return cached


def archive_state(engine: Engine) -> tuple[int, datetime | None]:
    """The generation and when it moved, in one short read (the connection goes straight back)."""
    with engine.connect() as connection:
        rows = dict(connection.execute(text("SELECT key, value FROM meta WHERE key IN (:g, :c)"),
                                       {"g": GENERATION_KEY, "c": CHANGED_KEY}).all())
    changed = rows.get(CHANGED_KEY)
    return int(rows.get(GENERATION_KEY) or 0), datetime.fromisoformat(changed) if changed else None
