"""Shared fixtures: a real archive in a temporary folder, the app in process over it, and a real uvicorn
server for what needs one (hostile queries over the network, the live reindex swap, the browser).

`pytest --database postgresql` runs the same tests with every archive in a real PostgreSQL server started
for the test process (tests/databases.py); tests marked `sqlite_only` handle the SQLite file itself."""

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest
from fastapi.testclient import TestClient

from app.archive.db import make_engine, migrate
from app.config import Settings
from app.jobs.pipeline import ensure_places
from tests.databases import Databases, PostgresServer, copy_archive, postgresql_bin, seal, settings_for
from tests.helpers import SEEDS, LiveServer, app_client, ingest, namesake_pages


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--database", choices=("sqlite", "postgresql"), default="sqlite",
                     help="where the tests' archives live: SQLite files (default) or a PostgreSQL server")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--database") != "postgresql":
        return
    skip = pytest.mark.skip(reason="handles the SQLite file itself")
    for item in items:
        if "sqlite_only" in item.keywords:
            item.add_marker(skip)
    # Tests that start databases of their own on the server have run in the first pass already.
    again = [item for item in items if "postgresql_server" in getattr(item, "fixturenames", ())]
    if again:
        config.hook.pytest_deselected(items=again)
        items[:] = [item for item in items if item not in again]


@pytest.fixture(scope="session", autouse=True)
def one_day_for_the_whole_run() -> Iterator[None]:
    """The archive's day held still while the tests run: the dated archive, built once, prints today's month and
    day in an earlier year, and a run crossing midnight must still find that page on this day."""
    from app import clock

    day, real = clock.today(), clock.today
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(clock, "today", lambda now=None: real(now) if now else day)
        yield


@pytest.fixture(scope="session")
def postgresql_server() -> Iterator[PostgresServer]:
    """A PostgreSQL server of this test process, from Debian's `postgresql` package. Missing, the tests that
    need it are skipped on a laptop and fail under CI (CI=true), where they must not pass silently."""
    bin_dir = postgresql_bin()
    if bin_dir is None:
        message = "PostgreSQL is not installed (Debian: apt-get install postgresql)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    server = PostgresServer(bin_dir).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session", autouse=True)
def database_backend(request: pytest.FixtureRequest) -> Iterator[None]:
    """In the PostgreSQL pass, every archive of the tests gets a database on the test server."""
    if request.config.getoption("--database") != "postgresql":
        yield
        return
    Databases.server = request.getfixturevalue("postgresql_server")
    Databases.template = request.getfixturevalue("postgresql_template")
    try:
        yield
    finally:
        Databases.server = None


@pytest.fixture(scope="session")
def postgresql_template(postgresql_server: PostgresServer, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A migrated PostgreSQL database with the places table (and amcheck, for `check`): new archive databases
    are copies of it."""
    template = postgresql_server.new_database()
    postgresql_server.execute("CREATE EXTENSION IF NOT EXISTS amcheck", template)
    settings = Settings(data_dir=tmp_path_factory.mktemp("template"), database_url=postgresql_server.url(template))
    migrate(settings)
    engine = make_engine(settings)
    ensure_places(engine)
    engine.dispose()
    return template


@pytest.fixture
def postgresql_url(postgresql_server: PostgresServer, postgresql_template: str) -> str:
    """The URL of a new archive database of one's own (schema and places, no page) on the test server."""
    return postgresql_server.url(postgresql_server.new_database(postgresql_template))


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
    data.mkdir()  # a PostgreSQL archive has nothing in it until its index is built
    settings = settings_for(data)
    migrate(settings)
    engine = make_engine(settings)
    ensure_places(engine)
    engine.dispose()
    return seal(data)


@pytest.fixture
def archive_dir(empty_archive: Path, tmp_path: Path) -> Path:
    """A new archive of one's own (schema and places, no page), for a test that ingests into it."""
    return copy_archive(empty_archive, tmp_path / "archive")


@pytest.fixture(scope="session")
def seeded_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One archive of the seeds, shared by read-only tests."""
    data = tmp_path_factory.mktemp("seeded") / "data"
    report = ingest(data, SEEDS)
    assert report.files == 5 and not report.rejected, report
    return seal(data)


@pytest.fixture
def seeded_copy(seeded_data_dir: Path, tmp_path: Path) -> Path:
    """A private copy of the seeded archive, for a test that changes it (the index's live link kept)."""
    return copy_archive(seeded_data_dir, tmp_path / "data")


@pytest.fixture(scope="session")
def namesake_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An archive of invented pages where one name holds posts in three counties, two of its pages dated."""
    folder = tmp_path_factory.mktemp("namesake")
    report = ingest(folder / "data", namesake_pages(folder / "pages"))
    assert report.files == 4 and not report.rejected, report
    return folder / "data"


@pytest.fixture(scope="session")
def live_server(seeded_data_dir: Path) -> Iterator[LiveServer]:
    with LiveServer(seeded_data_dir) as server:
        yield server


@pytest.fixture(scope="session")
def http(live_server: LiveServer) -> Iterator[httpx2.Client]:
    with httpx2.Client(base_url=live_server.url, timeout=30) as client:
        yield client


@pytest.fixture(scope="session")
def client(seeded_data_dir: Path) -> Iterator[TestClient]:
    """The app in process over the shared seeded archive (FastAPI's TestClient, a real database)."""
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
    return seal(data)


@pytest.fixture(scope="session")
def dated(dated_data_dir: Path) -> Iterator[TestClient]:
    """The app in process over the dated archive."""
    with app_client(dated_data_dir) as test_client:
        yield test_client
