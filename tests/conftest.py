"""Shared fixtures: a real archive in a temporary folder, the app in process over it, and a real uvicorn
server for what needs one (hostile queries over the network, the live reindex swap, the browser)."""

import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from app.archive.db import make_engine, migrate
from app.config import Settings
from app.jobs.pipeline import ensure_places
from tests.helpers import SEEDS, LiveServer, app_client, ingest


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def pages_dir(tmp_path: Path) -> Path:
    """A private copy of the seed pages that a test may change."""
    target = tmp_path / "pages"
    shutil.copytree(SEEDS, target)
    return target


@pytest.fixture(scope="session")
def empty_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An archive with its schema and places table and no page, made once: loading the places table
    is most of the cost of a new archive."""
    data = tmp_path_factory.mktemp("empty") / "data"
    settings = Settings(data_dir=data)
    migrate(settings)
    engine = make_engine(settings)
    ensure_places(engine)
    engine.dispose()
    return data


@pytest.fixture
def archive_dir(empty_archive: Path, tmp_path: Path) -> Path:
    """A new archive of one's own (schema and places, no page), for a test that ingests into it."""
    data = tmp_path / "archive"
    shutil.copytree(empty_archive, data)
    return data


@pytest.fixture(scope="session")
def seeded_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One archive of the seeds, shared by read-only tests."""
    data = tmp_path_factory.mktemp("seeded") / "data"
    report = ingest(data, SEEDS)
    assert report.files == 5 and not report.rejected, report
    return data


@pytest.fixture
def seeded_copy(seeded_data_dir: Path, tmp_path: Path) -> Path:
    """A private copy of the seeded archive, for a test that changes it (the index's live link kept)."""
    data = tmp_path / "data"
    shutil.copytree(seeded_data_dir, data, symlinks=True)
    return data


@pytest.fixture(scope="session")
def live_server(seeded_data_dir: Path) -> Iterator[LiveServer]:
    with LiveServer(seeded_data_dir) as server:
        yield server


@pytest.fixture(scope="session")
def http(live_server: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live_server.url, timeout=30) as client:
        yield client


@pytest.fixture(scope="session")
def client(seeded_data_dir: Path) -> Iterator[TestClient]:
    """The app in process over the shared seeded archive (FastAPI's TestClient, a real SQLite file)."""
    with app_client(seeded_data_dir) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def dated_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An archive of dated pages of our own (three newspapers over several years, one undated page)."""
    from tests.helpers import write_dated_pages

    root = tmp_path_factory.mktemp("dated")
    data = root / "data"
    report = ingest(data, write_dated_pages(root / "pages"))
    assert report.files == 9 and not report.rejected, report
    return data


@pytest.fixture(scope="session")
def dated(dated_data_dir: Path) -> Iterator[TestClient]:
    """The app in process over the dated archive."""
    with app_client(dated_data_dir) as test_client:
        yield test_client
