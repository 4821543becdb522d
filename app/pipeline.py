"""The jobs the command line runs: ingest with place tagging and index upkeep, reindex."""

from collections.abc import Callable, Iterable
from pathlib import Path

from sqlalchemy.engine import Engine

from app.config import Settings
from app.ingest import IngestReport, ingest_paths, no_places


def ingest_and_index(settings: Settings, engine: Engine, paths: Iterable[Path], *, show_progress: bool = False,
                     on_rejected: Callable[[str, str], None] | None = None) -> IngestReport:
    return ingest_paths(engine, paths, no_places, show_progress=show_progress, on_rejected=on_rejected)


def rebuild_index(settings: Settings, engine: Engine, *, show_progress: bool = False) -> int:
    raise NotImplementedError
