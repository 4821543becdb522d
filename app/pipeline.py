"""The jobs the command line runs: ingest (with place tagging and index upkeep), reindex, retag."""

import os
from collections.abc import Callable, Iterable
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from sqlalchemy.engine import Engine
from sqlmodel import Session

from app import indexing
from app.config import Settings
from app.gazetteer_table import load_places_table
from app.ingest import IngestReport, ingest_paths
from app.tagging import PlaceChange, make_tagger, retag_all


def ensure_places(engine: Engine) -> None:
    """Load the gazetteer into the places table when it is new or has changed."""
    with Session(engine) as session:
        if load_places_table(session):
            session.commit()


def ingest_and_index(settings: Settings, engine: Engine, paths: Iterable[Path], *, show_progress: bool = False,
                     on_rejected: Callable[[str, str], None] | None = None) -> IngestReport:
    ensure_places(engine)
    before = indexing.db_generation(engine)
    report = ingest_paths(engine, paths, make_tagger(settings), show_progress=show_progress,
                          on_rejected=on_rejected, workers=min(os.cpu_count() or 1, 4))
    indexing.update(settings, engine, before=before, added=report.added_ids, removed=report.removed_ids)
    return report


def counting_progress(label: str, total: int, show: bool) -> tuple[Progress, Callable[[int], None]]:
    progress = Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), disable=not show,
                        console=Console(stderr=True))
    task = progress.add_task(label, total=total)
    return progress, lambda done: progress.update(task, completed=done)


def rebuild_index(settings: Settings, engine: Engine, *, show_progress: bool = False) -> int:
    progress, advance = counting_progress("indexing", indexing.article_count(engine), show_progress)
    with progress:
        return indexing.rebuild(settings, engine, progress=advance)


def retag(settings: Settings, engine: Engine, *, show_progress: bool = False) -> tuple[int, list[PlaceChange]]:
    """Tag stored articles again (after the gazetteer, aliases or rules changed), then bring the index along."""
    ensure_places(engine)
    before = indexing.db_generation(engine)
    progress, advance = counting_progress("tagging", indexing.article_count(engine), show_progress)
    with progress:
        seen, changed = retag_all(settings, engine, progress=advance)
    # Re-index only the articles whose places changed (rebuilt instead when the index was behind).
    indexing.update(settings, engine, before=before, added=[c.article_id for c in changed], removed=())
    return seen, changed
