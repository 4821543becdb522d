"""The SQLite engine and schema migrations."""

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import QueuePool
from sqlmodel import create_engine

from app.config import Settings, resource_dir

MIGRATIONS_DIR = resource_dir("migrations")


def make_engine(settings: Settings) -> Engine:
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
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()

    return engine


def alembic_config(settings: Settings) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", settings.db_url)
    return config


def migrate(settings: Settings) -> None:
    """Bring the database schema to the newest revision."""
    settings.db_path.parent.mkdir(parents=True, exist_ok=True)
    command.upgrade(alembic_config(settings), "head")
