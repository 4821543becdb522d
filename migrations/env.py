"""Alembic environment: the URL comes from the caller's config (app.archive.db.alembic_config)."""

from alembic import context
from sqlalchemy import create_engine
from sqlmodel import SQLModel

import app.archive.models  # noqa: F401  (registers the tables on SQLModel.metadata)

target_metadata = SQLModel.metadata
MIGRATION_LOCK_KEY = 0x7A686D67  # any number, the same in every process


def run_migrations_online() -> None:
    url = context.config.get_main_option("sqlalchemy.url")
    engine = create_engine(url)
    with engine.connect() as connection:
        # SQLite can ALTER little: batch mode rebuilds tables when a migration needs it.
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            if connection.dialect.name == "postgresql":  # servers starting at once migrate one after the other
                # (a read-only standby takes no lock: it can only confirm that its schema is current)
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY}) "
                                           "WHERE NOT pg_is_in_recovery()")
            context.run_migrations()
    engine.dispose()


def run_migrations_offline() -> None:
    context.configure(url=context.config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata,
                      literal_binds=True, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
