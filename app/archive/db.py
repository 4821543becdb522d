"""The database engine (embedded SQLite, or PostgreSQL shared by several servers) and schema migrations."""

import logging
from typing import TYPE_CHECKING

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import QueuePool
from sqlmodel import Session, create_engine

from app.archive.bulk import restore_indexes
from app.config import Settings, resource_dir

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = resource_dir("migrations")
log = logging.getLogger("zhenzhi.db")
# Any number, the same in every process: the key of the advisory lock that PostgreSQL writers take.
WRITER_LOCK_KEY = 0x7A68656E  # "zhen"
WAL_CHECKPOINT_PAGES = 16_384  # SQLite's write-ahead log is copied into the database beyond 64 MB


def make_engine(settings: Settings) -> Engine:
    if settings.is_sqlite:
        return sqlite_engine(settings)
    return postgresql_engine(settings, settings.database_pool, settings.database_pool)


def sqlite_engine(settings: Settings) -> Engine:
    assert settings.db_path is not None
    settings.db_path.parent.mkdir(parents=True, exist_ok=True)
    # A pool that never runs dry: one kept connection per request thread, and more (opened and closed
    # again) for streamed downloads. A SQLite connection is a file handle, not a server slot, so waiting
    # for one would only queue readers that WAL lets run side by side.
    engine = create_engine(settings.db_url, connect_args={"check_same_thread": False}, poolclass=QueuePool,
                           pool_size=settings.threads, max_overflow=-1)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        cursor = dbapi_connection.cursor()
        # WAL lets the server read while an ingest writes; foreign keys keep authors tidy.
        cursor.execute("PRAGMA journal_mode=WAL")
        # With WAL, a commit that reaches the log survives a crash of the process; only a power cut can lose
        # the last ones (never half of one), and an ingest stores one transaction per page.
        cursor.execute("PRAGMA synchronous=NORMAL")
        # An ingest dirties a few hundred pages of the tables' indexes for every page it stores (article ids
        # are hashes, so every insert lands somewhere else). Copying the log back into the database every
        # 1,000 pages (SQLite's default) rewrote those pages, and synced the file, every few pages stored;
        # a longer log copies each page once for many stores. `checkpoint` empties it after an ingest.
        cursor.execute(f"PRAGMA wal_autocheckpoint={WAL_CHECKPOINT_PAGES}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()

    return engine


def checkpoint(engine: Engine) -> None:
    """After many writes: SQLite's write-ahead log copied into the database as far as readers allow (never
    waiting for them), so the next reader does not go through a long log."""
    if engine.dialect.name == "sqlite":
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")


def postgresql_engine(settings: Settings, pool_size: int, max_overflow: int) -> Engine:
    # Each connection is a slot on a server that other machines share: a small pool, a request waits up to
    # 30 s for one at a busy moment. A connection the server dropped (a restart, a fail-over) is noticed when
    # it is taken from the pool and replaced (pre-ping), so the request that takes it does not fail.
    engine = create_engine(settings.db_url, pool_size=pool_size, max_overflow=max_overflow, pool_timeout=30,
                           pool_pre_ping=True, pool_recycle=3600,
                           connect_args={"application_name": "zhenzhi", "connect_timeout": 10})

    @event.listens_for(engine, "handle_error")
    def _lost(context) -> None:  # type: ignore[no-untyped-def]
        if context.is_disconnect:
            log.warning("lost the connection to the database (%s); reconnecting",
                        str(context.original_exception).splitlines()[0])

    return engine


def loop_engine(settings: Settings, engine: Engine) -> Engine:
    """For the one short read the server's event loop makes itself per request (the generation). On PostgreSQL
    a connection of its own: waiting for one of the pool's, which request threads hold and give back only
    through the loop, would stop the server. SQLite's pool never runs dry."""
    if settings.is_sqlite:
        return engine
    return postgresql_engine(settings, 1, 0)


def is_postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def lock_for_writing(session: Session) -> None:
    """Writers take turns, as SQLite's single writer makes them do: on PostgreSQL a transaction-long advisory
    lock, so two ingests (on any machines) never store the same page or author at once."""
    if is_postgresql(session):
        session.connection().exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK_KEY})")


def alembic_config(settings: Settings) -> "Config":
    # Alembic is imported where it is used: the worker processes that open the archive never migrate it,
    # and the import costs each of them a fifth of a second.
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # Alembic's config is an ini file: a % in a password must be doubled.
    config.set_main_option("sqlalchemy.url", settings.db_url.replace("%", "%%"))
    return config


def migrate(settings: Settings) -> None:
    """Bring the database schema to the newest revision (after the indexes an interrupted load left out)."""
    if settings.db_path is not None:
        settings.db_path.parent.mkdir(parents=True, exist_ok=True)
        if settings.db_path.exists():
            engine = sqlite_engine(settings)
            try:
                restore_indexes(engine)
            finally:
                engine.dispose()
    from alembic import command

    command.upgrade(alembic_config(settings), "head")
