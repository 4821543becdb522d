"""PostgreSQL as the shared database: settings, writers that take turns across processes, migrations run at
once, a bounded pool that survives a dropped connection, and `check` on a server database. Each test has a
database of its own on the test process's server (tests/databases.py)."""

import logging
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError
from sqlalchemy import text

from app.archive.db import make_engine
from app.config import Settings
from app.jobs.check import check_archive
from app.jobs.indexing import catch_up
from app.web.app import create_app
from tests.databases import PostgresServer, cli_env
from tests.helpers import REPO, SEEDS, ZHENZHI, small_pages


def zhenzhi(data_dir: Path, url: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([str(ZHENZHI), *args], cwd=REPO, env=cli_env(data_dir, ZHENZHI_DATABASE_URL=url),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)


def finished(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=300)
    return process.returncode, out, err


def test_only_sqlite_and_postgresql_urls_are_accepted(tmp_path: Path) -> None:
    assert Settings(database_url="postgresql+psycopg://zhenzhi@db.example/archive").is_sqlite is False
    assert Settings(database_url=f"sqlite:///{tmp_path}/a.db").db_path == tmp_path / "a.db"
    for wrong in ("mysql://x/y", "postgresql://x/y", "archive.db"):
        with pytest.raises(ValidationError):
            Settings(database_url=wrong)
    result = subprocess.run([str(ZHENZHI), "stats"], cwd=REPO, capture_output=True, text=True,
                            env=cli_env(tmp_path, ZHENZHI_DATABASE_URL="mysql://x/y"))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "error: ZHENZHI_DATABASE_URL must start with sqlite:/// or postgresql+psycopg://"]


def test_two_ingests_at_once_on_two_machines_store_every_page_once(postgresql_url: str, tmp_path: Path) -> None:
    shared = small_pages(tmp_path / "shared", 12)  # both ingest these: each page must be stored once
    mine = small_pages(tmp_path / "mine", 3)
    first = zhenzhi(tmp_path / "one", postgresql_url, "ingest", str(shared), str(SEEDS))
    second = zhenzhi(tmp_path / "two", postgresql_url, "ingest", str(shared), str(mine))
    for process in (first, second):
        code, _, err = finished(process)
        assert code == 0 and "Traceback" not in err, err
    engine = make_engine(Settings(data_dir=tmp_path / "one", database_url=postgresql_url))
    try:
        with engine.connect() as connection:
            pages = connection.execute(text("SELECT count(*), count(DISTINCT file) FROM page")).one()
            authors = connection.execute(text("SELECT count(*), count(DISTINCT name) FROM author")).one()
            generation = int(connection.execute(text("SELECT value FROM meta WHERE key = 'generation'")).scalar_one())
            recorded = connection.execute(text("SELECT count(DISTINCT generation) FROM article_change")).scalar_one()
        assert pages[0] == pages[1] == 12 + 5  # the shared pages are one set, whoever stored them
        assert authors[0] == authors[1]
        assert recorded == generation  # every generation says which articles it changed
        for folder in ("one", "two"):  # each machine's index holds every article, whoever stored it
            assert catch_up(Settings(data_dir=tmp_path / folder, database_url=postgresql_url), engine) in (
                "current", "updated")
    finally:
        engine.dispose()


def test_servers_starting_at_once_migrate_a_new_database_one_after_the_other(
        postgresql_server: PostgresServer, tmp_path: Path) -> None:
    url = postgresql_server.url(postgresql_server.new_database())
    runs = [zhenzhi(tmp_path / f"m{n}", url, "migrate") for n in range(3)]
    for run in runs:
        code, out, err = finished(run)
        assert code == 0, err
        assert out.strip() == "the database schema is current"


def test_the_pool_is_bounded_and_a_dropped_connection_is_one_log_line_not_an_error(
        postgresql_server: PostgresServer, postgresql_url: str, tmp_path: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    data = tmp_path / "data"
    assert finished(zhenzhi(data, postgresql_url, "ingest", str(SEEDS)))[0] == 0
    database = postgresql_url.rsplit("/", 1)[1]
    connections = f"SELECT count(*) FROM pg_stat_activity WHERE datname = '{database}'"
    settings = Settings(data_dir=data, database_url=postgresql_url, database_pool=2)
    with TestClient(create_app(settings), base_url="http://127.0.0.1") as client:
        with ThreadPoolExecutor(12) as pool:  # more readers at once than the pool has connections
            statuses = list(pool.map(lambda n: client.get("/api/articles", params={"page": n % 3 + 1}).status_code,
                                     range(48)))
        assert statuses == [200] * 48
        # the pool and its overflow, and the event loop's own connection: no more
        assert postgresql_server.execute(connections)[0][0] <= 2 * 2 + 1
        caplog.set_level(logging.WARNING, logger="zhenzhi.db")
        postgresql_server.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                  f"WHERE datname = '{database}'")
        answer = client.get("/api/articles")
        assert answer.status_code == 200 and answer.json()["items"]
        lost = [r for r in caplog.records if "lost the connection" in r.getMessage()]
        assert len(lost) >= 1 and all("\n" not in r.getMessage() and not r.exc_info for r in lost)


def test_check_verifies_tables_and_indexes_on_postgresql(postgresql_url: str, tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert finished(zhenzhi(data, postgresql_url, "ingest", str(SEEDS)))[0] == 0
    code, out, err = finished(zhenzhi(data, postgresql_url, "check"))
    assert code == 0 and out.strip() == "ok", err
    settings = Settings(data_dir=data, database_url=postgresql_url)
    engine = make_engine(settings)
    try:
        with engine.begin() as connection:  # what amcheck looks at: the test template installs it
            assert connection.execute(text("SELECT count(*) FROM pg_extension WHERE extname = 'amcheck'")).scalar() == 1
            connection.exec_driver_sql("SET session_replication_role = replica")  # a row whose article is gone
            connection.exec_driver_sql("INSERT INTO person_post (article_id, person, position, name, post, title) "
                                       "VALUES (1, 0, 0, '某某', '镇长', '镇长')")
        report = check_archive(settings, engine)
        assert report.problems == ["database: 1 rows of person_post point at rows that are gone"]
        repaired = check_archive(settings, engine, repair=True)
        assert repaired.ok and repaired.repaired[0] == "removed 1 rows whose parent was gone"
    finally:
        engine.dispose()
