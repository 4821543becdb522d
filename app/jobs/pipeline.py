"""The jobs the command line runs: ingest (with place tagging and index upkeep), reindex, retag.

Each takes an optional `progress(done, total)` callback; drawing it is the command line's business.
"""

import os
from collections.abc import Callable, Iterable
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session

from app.archive.gazetteer import load_places_table
from app.config import Settings
from app.jobs import indexing
from app.jobs.ingest import IngestReport, Progress, ingest_paths, settling_beside
from app.jobs.retag import PlaceChange, retag_all
from app.jobs.tagging import make_tagger


def ensure_places(engine: Engine) -> None:
    """Load the gazetteer into the places table when it is new or has changed."""
    with Session(engine) as session:
        if load_places_table(session):
            session.commit()


def ingest_and_index(settings: Settings, engine: Engine, paths: Iterable[Path], *, progress: Progress | None = None,
                     on_rejected: Callable[[str, str], None] | None = None, workers: int | None = None) -> IngestReport:
    ensure_places(engine)
    report = ingest_paths(engine, paths, make_tagger(settings), progress=progress, on_rejected=on_rejected,
                          workers=min(os.cpu_count() or 1, 4) if workers is None else workers, settle=False)
    with report.stages.stage("index", children=True), settling_beside(engine, report):
        indexing.catch_up(settings, engine)
    return report


def rebuild_index(settings: Settings, engine: Engine, *, progress: Progress | None = None) -> int:
    total = indexing.article_count(engine)
    return indexing.rebuild(settings, engine, progress=(lambda done: progress(done, total)) if progress else None)


def retag(settings: Settings, engine: Engine, *,
          progress: Progress | None = None) -> tuple[int, list[PlaceChange]]:
    """Tag stored articles again (after the gazetteer, aliases or rules changed), then bring the index along."""
    ensure_places(engine)
    total = indexing.article_count(engine)
    seen, changed = retag_all(settings, engine, progress=(lambda done: progress(done, total)) if progress else None)
    # Re-index only the articles whose places or people changed (recorded with each generation).
    indexing.catch_up(settings, engine)
    return seen, changed
