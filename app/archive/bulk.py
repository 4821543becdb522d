"""A load into an empty SQLite archive: the indexes that only readers use are built once at its end,
not updated for every article stored.

Article ids are hashes, so every article stored lands on another leaf of each index that orders articles
by id within a key (the kind, the place names, the place tree …): the commit of each page wrote a few
hundred pages of those indexes, and the log copied them into the database again. A load into an empty
archive drops them first, keeping their SQL in the meta table in the same transaction, and creates them
again at its end, one sort each. What the store itself reads (pages by file, articles by id and by page,
bylines and posts by article, the change record) keeps its indexes all along.

An interrupted load leaves readers without those indexes (slower, never wrong) until the next command
opens the archive: each one migrates it first, and `restore_indexes` comes before the migrations.
"""

import json

from sqlalchemy import Connection
from sqlalchemy.engine import Engine

DEFERRED_KEY = "deferred_indexes"  # meta: the SQL of the indexes a load has dropped, to create again
READERS_ONLY = (
    "ix_article_kind", "ix_article_county_town", "ix_article_city_page", "ix_article_county_page",
    "ix_article_town_page", "ix_article_place_tree", "ix_article_place_code", "ix_article_city_name",
    "ix_article_county_name", "ix_article_town_name",
    "ix_person_post_title", "ix_person_post_place_name", "ix_person_post_name_place",
)


def defer_indexes(engine: Engine) -> bool:
    """Drop the readers' indexes of an empty SQLite archive, their SQL kept to create them again; True when
    dropped (any load into a non-empty archive, or on PostgreSQL, keeps them)."""
    if engine.dialect.name != "sqlite":
        return False
    with engine.begin() as connection:
        if connection.exec_driver_sql("SELECT 1 FROM article LIMIT 1").first():
            return False
        return drop_readers_indexes(connection)


def drop_readers_indexes(connection: Connection) -> bool:
    """Drop the readers' indexes (SQLite), their SQL kept in meta to create them again."""
    names = ", ".join(f"'{name}'" for name in READERS_ONLY)
    found = connection.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN ({names}) ORDER BY name").all()
    kept = _deferred(connection)
    kept.update(dict(found))
    connection.exec_driver_sql("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                               (DEFERRED_KEY, json.dumps(kept, sort_keys=True)))
    for name, _ in found:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    return bool(found)


def restore_indexes(engine: Engine) -> int:
    """Create the indexes a load dropped (at its end, or after it was interrupted); how many were missing."""
    if engine.dialect.name != "sqlite":
        return 0
    with engine.begin() as connection:
        if not connection.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").first():
            return 0  # a new file: nothing was ever dropped
        kept = _deferred(connection)
        if not kept:
            return 0
        existing = {row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")}
        missing = [sql for name, sql in sorted(kept.items()) if name not in existing]
        for sql in missing:
            connection.exec_driver_sql(sql)
        connection.exec_driver_sql("DELETE FROM meta WHERE key = ?", (DEFERRED_KEY,))
    return len(missing)


def _deferred(connection: Connection) -> dict[str, str]:
    row = connection.exec_driver_sql("SELECT value FROM meta WHERE key = ?", (DEFERRED_KEY,)).first()
    return json.loads(row[0]) if row else {}
