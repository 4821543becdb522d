"""The store's hot statements as plain SQL on the session's own database connection.

An ingest runs about ten statements per page. Through SQLAlchemy each costs a cache-key walk, a
compiled-statement lookup and bind processing per row — more than SQLite takes to run it. These
statements only move plain values (text, integers, JSON already written out), so they go straight to
the driver, inside the session's transaction, as SQLAlchemy itself would send them: the same columns,
the identifiers quoted by the dialect, `?` placeholders rewritten for drivers that want `%s`.
"""

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import Table
from sqlalchemy.engine import Dialect
from sqlmodel import Session


def run(session: Session, sql: str, rows: Sequence[Sequence[Any]] | None = None, *,
        many: bool = False) -> list[tuple]:
    """Run `sql` (with `?` placeholders) once with `rows`, or with each of `rows` when `many`; the rows it
    returns. Inside the session's transaction: committed or rolled back with it."""
    connection = session.connection()
    cursor = connection.connection.cursor()
    try:
        statement = _for_driver(sql, connection.dialect.paramstyle)
        if many:
            cursor.executemany(statement, rows or [])
            return []
        cursor.execute(statement, tuple(rows or ()))
        return cursor.fetchall() if cursor.description else []
    finally:
        cursor.close()


@lru_cache(maxsize=256)
def _for_driver(sql: str, paramstyle: str) -> str:
    return sql if paramstyle == "qmark" else sql.replace("?", "%s")


def insert_sql(dialect: Dialect, table: Table, columns: Sequence[str]) -> str:
    return _insert_sql(dialect.identifier_preparer, table, tuple(columns))


@lru_cache(maxsize=64)
def _insert_sql(preparer: Any, table: Table, columns: tuple[str, ...]) -> str:
    return (f"INSERT INTO {preparer.format_table(table)} ({', '.join(map(preparer.quote, columns))}) "
            f"VALUES ({', '.join('?' * len(columns))})")


def insert_many(session: Session, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """One executemany of `rows` (tuples in the order of `columns`) into `table`."""
    if rows:
        run(session, insert_sql(session.get_bind().dialect, table, columns), rows, many=True)


def insert_returning_id(session: Session, table: Table, values: dict[str, Any]) -> int:
    """Insert one row and return its new id. Values pass through their columns' own conversion for the
    driver, as SQLAlchemy would (a datetime becomes SQLite's text form)."""
    dialect = session.get_bind().dialect
    columns = tuple(values)
    converters = _converters(dialect, table, columns)
    row = [convert(value) if convert else value for convert, value in zip(converters, values.values())]
    return run(session, insert_sql(dialect, table, columns) + " RETURNING id", row)[0][0]


@lru_cache(maxsize=64)
def _converters(dialect: Dialect, table: Table, columns: tuple[str, ...]) -> tuple[Any, ...]:
    """Each column's conversion of a value for the driver (None: as it is)."""
    return tuple(table.c[column].type.dialect_impl(dialect).bind_processor(dialect) for column in columns)


def placeholders(n: int) -> str:
    """`?, ?, …` for an IN list of n values."""
    return ", ".join("?" * n)
