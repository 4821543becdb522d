"""`zhenzhi check`: is the database sound, and does the search index hold exactly its articles?
With `repair`, what can be fixed is fixed: rows whose parent is gone are removed (in one transaction
that moves the generation on) and the index is rebuilt. A database that fails SQLite's own integrity
check cannot be repaired here: it needs a backup."""

from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

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
    with engine.connect() as connection:
        integrity = [row[0] for row in connection.execute(text("PRAGMA integrity_check")).all()]
    if integrity != ["ok"]:
        report.database_damaged = True
        report.problems += [f"database: {line}" for line in integrity[:20]]
        return report, {}  # nothing else can be trusted
    orphans = foreign_key_orphans(engine)
    for table, count in orphans.items():
        report.problems.append(f"database: {count} rows of {table} point at rows that are gone")
    index_problem = index_mismatch(settings, engine)
    if index_problem:
        report.problems.append(f"search index: {index_problem}")
    return report, orphans


def foreign_key_orphans(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        rows = connection.execute(text("PRAGMA foreign_key_check")).all()
    counts: dict[str, int] = {}
    for table, *_ in rows:
        counts[table] = counts.get(table, 0) + 1
    return counts


def remove_orphans(engine: Engine, orphans: dict[str, int]) -> None:
    with Session(engine) as session:
        for table in orphans:
            rowids = [row[1] for row in session.connection().execute(text(f'PRAGMA foreign_key_check("{table}")'))]
            for start in range(0, len(rowids), 500):
                chunk = rowids[start:start + 500]
                session.connection().execute(text(f'DELETE FROM "{table}" WHERE rowid IN ({",".join(map(str, chunk))})'))
        bump_generation(session)
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
