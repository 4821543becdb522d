"""Faults: `zhenzhi check` and `--repair`, a damaged database or a full disk as one line and an exit
code, a failing index rebuild that backs off, a server that starts on the last good index."""

import errno
import resource
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from app.archive.db import make_engine
from app.jobs import indexing
from tests.helpers import SEEDS, ZHENZHI, run_cli
from tests.databases import cli_env, foreign_keys_off, open_db, settings_for


def test_check_finds_a_sound_archive_ok(seeded_data_dir: Path) -> None:
    result = run_cli(seeded_data_dir, "check")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("ok")


def test_check_finds_orphans_and_a_damaged_index_and_repair_fixes_both(data_dir: Path) -> None:
    assert run_cli(data_dir, "ingest", str(SEEDS)).returncode == 0
    with open_db(data_dir) as db:
        foreign_keys_off(db)
        db.execute("INSERT INTO article_author (article_id, author_id, position) "
                   "SELECT id, 999999, 0 FROM article LIMIT 1")
    live = (data_dir / "index" / "live").resolve()
    victim = max(live.glob("MAIN_*.pst"), key=lambda p: p.stat().st_size)
    with open(victim, "r+b") as f:
        f.truncate(10)
    found = run_cli(data_dir, "check")
    assert found.returncode == 1
    assert "problem: database: 1 rows of article_author point at rows that are gone" in found.stderr
    assert "problem: search index: missing or damaged" in found.stderr
    assert "Traceback" not in found.stderr
    fixed = run_cli(data_dir, "check", "--repair")
    assert fixed.returncode == 0, fixed.stderr
    assert "repaired: removed 1 rows whose parent was gone" in fixed.stdout
    assert "repaired: rebuilt the search index" in fixed.stdout
    assert run_cli(data_dir, "check").returncode == 0


@pytest.mark.sqlite_only
def test_a_corrupt_database_is_one_line_and_an_exit_code(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "archive.db").write_bytes(b"this is not a database" * 5000)
    for command in (["stats"], ["ingest", str(SEEDS)], ["check"], ["serve", "--port", "1"]):
        result = run_cli(data_dir, *command)
        assert result.returncode == 3, (command, result.stderr)
        assert "Traceback" not in result.stderr
        assert [line for line in result.stderr.splitlines() if line.strip()] == [
            "error: the database cannot be used (file is not a database); `zhenzhi check` says more"]


@pytest.mark.sqlite_only  # the revision is changed in the SQLite file
def test_an_archive_of_an_unknown_schema_revision_is_one_line_and_an_exit_code(seeded_data_dir: Path,
                                                                              tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "archive.db").write_bytes((seeded_data_dir / "archive.db").read_bytes())
    with sqlite3.connect(data / "archive.db") as db:
        db.execute("UPDATE alembic_version SET version_num = '9999_newer'")
    for command in (["stats"], ["serve", "--port", "1"]):
        result = run_cli(data, *command)
        assert result.returncode == 3, (command, result.stderr)
        assert "Traceback" not in result.stderr
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and lines[0].startswith("error: the database's schema is not one this version knows")


@pytest.mark.sqlite_only  # PostgreSQL writes on its server's disk, not the ingest's
def test_a_full_disk_during_ingest_is_one_line_and_leaves_the_database_intact(data_dir: Path) -> None:
    assert run_cli(data_dir, "ingest", str(SEEDS / "000_553706940eb336c9.txt")).returncode == 0
    before = run_cli(data_dir, "export").stdout

    def small_disk() -> None:  # no write may reach beyond 32 KB into a file: writes fail like a full disk
        resource.setrlimit(resource.RLIMIT_FSIZE, (32 * 1024, 32 * 1024))

    env = cli_env(data_dir)
    result = subprocess.run([str(ZHENZHI), "ingest", str(SEEDS)], env=env, capture_output=True, text=True,
                            preexec_fn=small_disk, timeout=300, stdin=subprocess.DEVNULL)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len([line for line in result.stderr.splitlines() if line.startswith("error:")]) == 1
    with open_db(data_dir) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    after = run_cli(data_dir, "export").stdout
    assert after.startswith(before[:200]) and len(after) >= len(before)  # what was stored is still there


def test_a_failing_rebuild_backs_off_instead_of_running_on_every_request(
        seeded_data_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    settings = settings_for(seeded_data_dir)
    engine = make_engine(settings)
    attempts = 0

    def disk_full(*args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal attempts
        attempts += 1
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(indexing, "catch_up", disk_full)
    keeper = indexing.IndexKeeper(settings, engine)
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline:
        keeper.current(generation=10**6)  # the database is ahead of the index: every request would rebuild
        time.sleep(0.01)
    assert attempts == 1
    assert keeper._pause >= indexing.IndexKeeper.FIRST_PAUSE


def test_serve_starts_on_the_last_good_index_when_the_rebuild_fails(data_dir: Path) -> None:
    import httpx2

    from tests.helpers import free_port

    assert run_cli(data_dir, "ingest", str(SEEDS)).returncode == 0
    with open_db(data_dir) as db:  # the database moved on: serve wants a rebuild
        db.execute("UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS VARCHAR) WHERE key = 'generation'")
    port = free_port()
    env = cli_env(data_dir)

    def no_room() -> None:  # writing a new index build fails like a full disk
        resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))

    server = subprocess.Popen([str(ZHENZHI), "serve", "--port", str(port)], env=env, stdin=subprocess.DEVNULL,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, preexec_fn=no_room)
    try:
        deadline = time.monotonic() + 90
        answer = None
        while time.monotonic() < deadline and server.poll() is None:
            try:
                answer = httpx2.get(f"http://127.0.0.1:{port}/api/search", params={"q": "苏州"}, timeout=10)
                break
            except httpx2.TransportError:
                time.sleep(0.3)
        assert server.poll() is None, server.stderr.read() if server.stderr else ""
        assert answer is not None and answer.status_code == 200 and answer.json()["total"] > 0
    finally:
        server.terminate()
        stderr = server.communicate(timeout=20)[1]
    assert "Traceback" not in stderr
    assert "could not be rebuilt" in stderr
