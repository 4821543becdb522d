"""An ingest stopped half-way (Ctrl-C, a crash) leaves a consistent archive that the next run completes."""

import signal
import sqlite3
import subprocess
import time
from pathlib import Path

from app.config import Settings
from app.archive.db import make_engine, migrate
from app.jobs.ingest import ingest_paths, no_places
from tests.helpers import SEEDS, ZHENZHI, run_cli


def stored(data_dir: Path) -> dict[str, int]:
    with sqlite3.connect(data_dir / "archive.db") as db:
        rows = db.execute("SELECT page.file, count(article.id) FROM page JOIN article ON article.page_id = page.id "
                          "GROUP BY page.file").fetchall()
        orphans = db.execute("SELECT count(*) FROM article WHERE page_id NOT IN (SELECT id FROM page)").fetchone()[0]
        assert orphans == 0
    return dict(rows)


def test_interrupt_between_files_keeps_finished_pages_and_the_next_run_completes(data_dir: Path) -> None:
    settings = Settings(data_dir=data_dir)
    migrate(settings)
    engine = make_engine(settings)
    calls = 0

    def tag_then_interrupt(articles: list) -> list:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise KeyboardInterrupt  # the user presses Ctrl-C while the third page is being stored
        return no_places(articles)

    try:
        ingest_paths(engine, [SEEDS], tag_then_interrupt)
    except KeyboardInterrupt:
        pass
    engine.dispose()
    partial = stored(data_dir)
    assert len(partial) == 2  # the two finished pages, nothing of the third

    result = run_cli(data_dir, "ingest", str(SEEDS))
    assert result.returncode == 0, result.stderr
    assert "ingested 3 files" in result.stdout and "2 unchanged" in result.stdout
    complete = stored(data_dir)
    assert len(complete) == 5
    assert {k: complete[k] for k in partial} == partial


def test_a_killed_ingest_process_leaves_a_consistent_archive(data_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for copy in range(40):
        for seed in SEEDS.glob("*.txt"):
            (folder / f"{copy:02d}_{seed.name}").write_bytes(seed.read_bytes())
    env = {"ZHENZHI_DATA_DIR": str(data_dir), "PATH": "/usr/bin:/bin"}
    process = subprocess.Popen([str(ZHENZHI), "ingest", str(folder)], env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (data_dir / "archive.db").exists():
        time.sleep(0.05)
    time.sleep(1.5)
    process.send_signal(signal.SIGKILL)
    process.wait()
    stored(data_dir)  # readable, and no article without its page

    result = run_cli(data_dir, "ingest", str(folder))
    assert result.returncode == 0, result.stderr
    assert len(stored(data_dir)) == 200


def many_pages(folder: Path, copies: int) -> Path:
    folder.mkdir()
    for copy in range(copies):
        for seed in SEEDS.glob("*.txt"):
            (folder / f"{copy:02d}_{seed.name}").write_bytes(seed.read_bytes())
    return folder


def test_a_large_ingest_in_worker_processes_stores_what_one_process_would(data_dir: Path, tmp_path: Path) -> None:
    from app.jobs.ingest import PARALLEL_FROM_FILES

    folder = many_pages(tmp_path / "many", PARALLEL_FROM_FILES // 5 + 1)
    result = run_cli(data_dir, "ingest", str(folder))  # parallel: enough files
    assert result.returncode == 0, result.stderr
    serial = tmp_path / "serial"
    settings = Settings(data_dir=serial)
    migrate(settings)
    engine = make_engine(settings)
    from app.jobs.tagging import make_tagger

    ingest_paths(engine, [folder], make_tagger(settings), workers=1)
    engine.dispose()
    query = ("SELECT page.file, article.seq, kind, title, body, lines, county, town, mentions FROM article "
             "JOIN page ON page.id = article.page_id ORDER BY page.file, article.seq")
    with sqlite3.connect(data_dir / "archive.db") as a, sqlite3.connect(serial / "archive.db") as b:
        assert a.execute(query).fetchall() == b.execute(query).fetchall()


def test_ctrl_c_during_a_parallel_ingest_exits_cleanly_and_the_next_run_completes(data_dir: Path,
                                                                                tmp_path: Path) -> None:
    folder = many_pages(tmp_path / "many", 40)
    env = {"ZHENZHI_DATA_DIR": str(data_dir), "PATH": "/usr/bin:/bin"}
    process = subprocess.Popen([str(ZHENZHI), "ingest", str(folder)], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (data_dir / "archive.db").exists():
        time.sleep(0.05)
    time.sleep(2.5)
    import os

    os.killpg(process.pid, signal.SIGINT)  # as a terminal's Ctrl-C reaches the whole process group
    _, err = process.communicate(timeout=60)
    assert process.returncode in (130, 0), err
    if process.returncode == 130:
        assert "interrupted" in err and "Traceback" not in err
    stored(data_dir)
    result = run_cli(data_dir, "ingest", str(folder))
    assert result.returncode == 0, result.stderr
    assert len(stored(data_dir)) == 200
