"""Small facts about the archive kept in the meta table, above all its generation.

Every change to articles moves the generation on; the search index records the generation it was
built for, so a mismatch says the index must catch up.
"""

from collections.abc import Callable
from datetime import UTC, datetime
from functools import wraps
from typing import TypeVar

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session

from app.archive.models import Meta

T = TypeVar("T")
GENERATION_KEY = "generation"
CHANGED_KEY = "changed_at"  # when the generation last moved (UTC, ISO 8601): a response's Last-Modified


def get_meta(session: Session, key: str) -> str | None:
    row = session.get(Meta, key)
    return row.value if row else None


def set_meta(session: Session, key: str, value: str) -> None:
    row = session.get(Meta, key) or Meta(key=key, value=value)
    row.value = value
    session.add(row)


def generation(session: Session) -> int:
    return int(get_meta(session, GENERATION_KEY) or 0)


def bump_generation(session: Session) -> int:
    """Every change to articles moves the generation on; the search index must match it."""
    value = generation(session) + 1
    set_meta(session, GENERATION_KEY, str(value))
    set_meta(session, CHANGED_KEY, datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00"))
    return value


def per_generation(compute: Callable[[Session], T]) -> Callable[[Session], T]:
    """`compute(session)` once per archive and generation: for answers that only an ingest changes (the
    place tree, the counts) and that cost a scan of every article."""
    cache: dict[tuple[str, int], T] = {}

    @wraps(compute)
    def cached(session: Session) -> T:
        key = (str(session.get_bind().url), generation(session))
        if key not in cache:
            value = compute(session)
            cache.clear()  # one archive per process in practice: keep only the newest answer
            cache[key] = value
        return cache[key]

    return cached


def archive_state(engine: Engine) -> tuple[int, datetime | None]:
    """The generation and when it moved, in one short read (the connection goes straight back)."""
    with engine.connect() as connection:
        rows = dict(connection.execute(text("SELECT key, value FROM meta WHERE key IN (:g, :c)"),
                                       {"g": GENERATION_KEY, "c": CHANGED_KEY}).all())
    changed = rows.get(CHANGED_KEY)
    return int(rows.get(GENERATION_KEY) or 0), datetime.fromisoformat(changed) if changed else None
