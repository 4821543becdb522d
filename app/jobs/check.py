"""`zhenzhi check`: is the database sound, and does the search index hold exactly its articles?
With `repair`, what can be fixed is fixed: rows whose parent is gone are removed (in one transaction
that moves the generation on) and the index is rebuilt. A database that fails its own integrity check
(SQLite's integrity_check; on PostgreSQL a full read of every table and, with the amcheck extension, a check
of every B-tree index) cannot be repaired here: it needs a backup."""

from dataclasses import dataclass, field

from sqlalchemy import and_, delete, exists, func, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, SQLModel, select

from app.archive.db import lock_for_writing
from app.archive.meta import bump_generation
from app.archive.models import Article
from app.config import Settings
from app.jobs import indexing
from app.search import ArchiveIndex


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)
    database_damaged: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems


def check_archive(settings: Settings, engine: Engine, *, repair: bool = False) -> CheckReport:
    report, orphans = inspect(settings, engine)
    if not repair or report.ok or report.database_damaged:
        return report
    repaired = []
    if orphans:
        remove_orphans(engine, orphans)
        repaired.append(f"removed {sum(orphans.values())} rows whose parent was gone")
    count = indexing.rebuild(settings, engine)
    repaired.append(f"rebuilt the search index ({count} articles)")
    report, _ = inspect(settings, engine)
    report.repaired = repaired
    return report


def inspect(settings: Settings, engine: Engine) -> tuple[CheckReport, dict[str, int]]:
    report = CheckReport()
    damage = sqlite_damage(engine) if engine.dialect.name == "sqlite" else postgresql_damage(engine)
    if damage:
        report.database_damaged = True
        report.problems += [f"database: {line}" for line in damage[:20]]
        return report, {}  # nothing else can be trusted
    orphans = foreign_key_orphans(engine)
    for table, count in orphans.items():
        report.problems.append(f"database: {count} rows of {table} point at rows that are gone")
    index_problem = index_mismatch(settings, engine)
    if index_problem:
        report.problems.append(f"search index: {index_problem}")
    return report, orphans


def sqlite_damage(engine: Engine) -> list[str]:
    with engine.connect() as connection:
        integrity = [row[0] for row in connection.execute(text("PRAGMA integrity_check")).all()]
    return [] if integrity == ["ok"] else integrity


BTREE_INDEXES = text("SELECT c.oid::regclass::text FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                     "JOIN pg_am a ON a.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace "
                     "WHERE a.amname = 'btree' AND n.nspname = current_schema() ORDER BY 1")


def postgresql_damage(engine: Engine) -> list[str]:
    """Every table read from end to end (a damaged block fails the read) and, where the amcheck extension is
    installed, every B-tree index checked against its rules."""
    def attempt(name: str, run) -> list[str]:  # type: ignore[no-untyped-def]
        try:
            with engine.begin() as connection:
                run(connection)
            return []
        except DBAPIError as error:
            return [f"{name}: {str(error.orig or error).splitlines()[0]}"]

    def read_all(table: str):  # type: ignore[no-untyped-def]
        def run(connection: Connection) -> None:
            for setting in ("enable_indexscan", "enable_indexonlyscan", "enable_bitmapscan"):
                connection.exec_driver_sql(f"SET LOCAL {setting} = off")
            connection.exec_driver_sql(f'SELECT count(*) FROM "{table}"')
        return run

    problems = [line for table in SQLModel.metadata.tables for line in attempt(table, read_all(table))]
    with engine.connect() as connection:
        if not connection.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'amcheck'").first():
            return problems
        indexes = connection.execute(BTREE_INDEXES).scalars().all()
    for name in indexes:
        problems += attempt(name, lambda c, n=name: c.execute(text("SELECT bt_index_check(CAST(:n AS regclass))"),
                                                              {"n": n}))
    return problems


def orphan_conditions() -> dict[str, list]:
    """For each table, a condition per foreign key that holds for a row whose parent is gone."""
    conditions: dict[str, list] = {}
    for table in SQLModel.metadata.sorted_tables:
        for key in table.foreign_keys:  # key.parent: the column that points; key.column: where it points
            conditions.setdefault(table.name, []).append(and_(
                key.parent.is_not(None), ~exists().where(key.column == key.parent)))
    return conditions


def foreign_key_orphans(engine: Engine) -> dict[str, int]:
    counts: dict[str, int] = {}
    tables = SQLModel.metadata.tables
    with engine.connect() as connection:
        for name, conditions in orphan_conditions().items():
            for condition in conditions:
                count = connection.execute(select(func.count()).select_from(tables[name]).where(condition)).scalar_one()
                if count:
                    counts[name] = counts.get(name, 0) + count
    return counts


def remove_orphans(engine: Engine, orphans: dict[str, int]) -> None:
    tables = SQLModel.metadata.tables
    with Session(engine) as session:
        lock_for_writing(session)
        for name, conditions in orphan_conditions().items():
            if name in orphans:
                for condition in conditions:
                    session.connection().execute(delete(tables[name]).where(condition))
        bump_generation(session, None)  # servers that follow the database rebuild their indexes
        session.commit()


def index_mismatch(settings: Settings, engine: Engine) -> str | None:
    """Why the index does not match the database (None if it does): missing, damaged, behind, or holding
    other articles than the database."""
    index = ArchiveIndex(settings.index_dir)
    generation = indexing.db_generation(engine)
    if index.generation is None:
        return "missing or damaged"
    if index.generation != generation:
        return f"built for generation {index.generation}, the database is at {generation}"
    with Session(engine) as session:
        stored = set(session.exec(select(Article.id)).all())
    indexed = index.article_ids()
    if indexed != stored:
        return (f"{len(stored - indexed)} articles missing from the index, "
                f"{len(indexed - stored)} in the index but not in the database")
    return None
