"""An ingest stopped half-way (Ctrl-C, a crash) leaves a consistent archive that the next run completes,
and leaves no worker process behind. Each interruption comes at a known point: a tagger that raises, or
ZHENZHI_FAULT_AT_STORE, which signals the ingest inside a page's store transaction."""

import signal
import subprocess
from pathlib import Path

import pytest

from app.archive.db import make_engine, migrate
from app.jobs.ingest import FAULT_AT_STORE, PARALLEL_FROM_FILES, ingest_paths, no_places
from app.jobs.tagging import make_tagger
from tests.helpers import SEEDS, ZHENZHI, ingest, many_pages, processes_in_session, small_pages, wait_for
from tests.databases import cli_env, copy_archive, open_db, settings_for


def stored(data_dir: Path) -> dict[str, int]:
    with open_db(data_dir) as db:
        rows = db.execute("SELECT page.file, count(article.id) FROM page JOIN article ON article.page_id = page.id "
                          "GROUP BY page.file").fetchall()
        orphans = db.execute("SELECT count(*) FROM article WHERE page_id NOT IN (SELECT id FROM page)").fetchone()[0]
        assert orphans == 0
    return dict(rows)


def as_a_foreground_job() -> None:
    # A shell without job control starts background commands with Ctrl-C ignored, and the command keeps an
    # ignored Ctrl-C ignored, as it should; the test must not depend on how its own runner was started.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def interrupted_ingest(data_dir: Path, folder: Path, fault: str) -> subprocess.CompletedProcess[str]:
    """`zhenzhi ingest folder` in a session of its own, Ctrl-C at its default as in a terminal's foreground job,
    signalled as `fault` asks; returns once the command and every process it started have ended."""
    env = cli_env(data_dir, **{FAULT_AT_STORE: fault})
    process = subprocess.Popen([str(ZHENZHI), "ingest", str(folder)], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True, start_new_session=True,
                               preexec_fn=as_a_foreground_job)
    out, err = process.communicate(timeout=120)
    assert wait_for(lambda: not processes_in_session(process.pid)), processes_in_session(process.pid)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def test_interrupt_between_files_keeps_finished_pages_and_the_next_run_completes(archive_dir: Path) -> None:
    data_dir = archive_dir
    settings = settings_for(data_dir)
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

    summary = ingest(data_dir, SEEDS).summary()
    assert "ingested 3 files" in summary and "2 unchanged" in summary
    complete = stored(data_dir)
    assert len(complete) == 5
    assert {k: complete[k] for k in partial} == partial


def test_a_killed_ingest_process_leaves_a_consistent_archive(archive_dir: Path, tmp_path: Path) -> None:
    # Killed outright inside the second page's store transaction while the workers parse ahead: the
    # workers die with it, the first page stays, nothing of the second.
    folder = small_pages(tmp_path / "many", PARALLEL_FROM_FILES)
    data_dir = archive_dir
    result = interrupted_ingest(data_dir, folder, "2:SIGKILL")
    assert result.returncode == -signal.SIGKILL
    assert len(stored(data_dir)) == 1  # readable, and no article without its page

    result = ingest(data_dir, folder, workers=1)  # the next run, in this process
    assert not result.rejected, result.rejected
    assert len(stored(data_dir)) == PARALLEL_FROM_FILES


def test_a_large_ingest_in_worker_processes_stores_what_one_process_would(archive_dir: Path, empty_archive: Path,
                                                                        tmp_path: Path) -> None:
    data_dir = archive_dir
    folder = small_pages(many_pages(tmp_path / "many", 1), PARALLEL_FROM_FILES)  # the seeds, and enough to go parallel
    result = ingest(data_dir, folder)  # parallel: enough files
    assert not result.rejected, result.rejected
    serial = tmp_path / "serial"
    copy_archive(empty_archive, serial)
    settings = settings_for(serial)
    engine = make_engine(settings)
    ingest_paths(engine, [folder], make_tagger(settings), workers=1)
    engine.dispose()
    query = ("SELECT page.file, article.seq, kind, title, body, lines, county, town, mentions FROM article "
             "JOIN page ON page.id = article.page_id ORDER BY page.file, article.seq")
    with open_db(data_dir) as a, open_db(serial) as b:
        assert a.execute(query).fetchall() == b.execute(query).fetchall()


def test_ctrl_c_during_a_parallel_ingest_exits_cleanly_and_the_next_run_completes(archive_dir: Path,
                                                                                tmp_path: Path) -> None:
    # Ctrl-C reaches the whole process group inside the second page's store transaction, the workers
    # running: one line, no traceback, no process left, the first page kept and the second rolled back.
    folder = small_pages(tmp_path / "many", PARALLEL_FROM_FILES)
    data_dir = archive_dir
    process = interrupted_ingest(data_dir, folder, "2:SIGINT")
    err = process.stderr
    assert process.returncode == 130 and err.strip().splitlines() == [
        "interrupted: the archive is consistent; run the same command again to finish"]
    assert len(stored(data_dir)) == 1
    result = ingest(data_dir, folder, workers=1)  # the next run, in this process
    assert not result.rejected, result.rejected
    assert len(stored(data_dir)) == PARALLEL_FROM_FILES


def index_sql(data_dir: Path) -> dict[str, str]:
    with open_db(data_dir) as db:
        return dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))


@pytest.mark.sqlite_only
def test_a_load_killed_in_an_empty_archive_gets_its_indexes_back_from_the_next_command(
        archive_dir: Path, tmp_path: Path) -> None:
    # A load into an empty archive builds the indexes only readers use at its end. Killed outright in the
    # third page's store transaction, it leaves two whole pages and those indexes missing; the next command
    # (any of them, here `stats`) makes them again, exactly as they were, and the next ingest completes.
    folder = small_pages(tmp_path / "many", PARALLEL_FROM_FILES)
    data_dir = archive_dir
    expected = index_sql(data_dir)
    result = interrupted_ingest(data_dir, folder, "3:SIGKILL")
    assert result.returncode == -signal.SIGKILL
    assert len(stored(data_dir)) == 2
    left = index_sql(data_dir)
    assert set(left) < set(expected) and "ix_article_place_code" not in left
    subprocess.run([str(ZHENZHI), "stats"], env=cli_env(data_dir), check=True, capture_output=True, timeout=120)
    assert index_sql(data_dir) == expected
    result = ingest(data_dir, folder, workers=1)
    assert not result.rejected, result.rejected
    assert len(stored(data_dir)) == PARALLEL_FROM_FILES
    assert index_sql(data_dir) == expected


@pytest.mark.sqlite_only
def test_a_load_into_an_empty_archive_ends_with_every_index_and_one_into_a_full_archive_keeps_them(
        archive_dir: Path, tmp_path: Path) -> None:
    from app.archive.bulk import defer_indexes

    data_dir = archive_dir
    expected = index_sql(data_dir)
    ingest(data_dir, SEEDS)
    assert index_sql(data_dir) == expected
    engine = make_engine(settings_for(data_dir))
    try:
        assert not defer_indexes(engine)  # articles are stored: readers' indexes stay
    finally:
        engine.dispose()
    assert index_sql(data_dir) == expected


@pytest.mark.sqlite_only
def test_the_indexes_are_built_again_beside_the_search_index_and_also_when_its_build_fails(
        archive_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The load's last step runs in a thread while the search index is built: when the command is done, both
    # are, the seconds of the step are the store's, and a build that fails still leaves every index in place.
    from app.jobs import indexing
    from app.jobs.pipeline import ingest_and_index
    from app.search import ArchiveIndex

    data_dir = archive_dir
    expected = index_sql(data_dir)
    settings = settings_for(data_dir)
    engine = make_engine(settings)
    try:
        report = ingest_and_index(settings, engine, [SEEDS], workers=1)
        assert index_sql(data_dir) == expected
        with open_db(data_dir) as db:
            assert db.execute("SELECT count(*) FROM meta WHERE key = 'deferred_indexes'").fetchone()[0] == 0
            articles = db.execute("SELECT count(*) FROM article").fetchone()[0]
        assert ArchiveIndex(settings.index_dir).doc_count() == articles
        assert all(cpu >= 0 for _, cpu in report.stages.seconds.values()), report.stages.seconds

        failing = copy_archive(archive_dir, tmp_path / "failing")
        failing_settings = settings_for(failing)
        failing_engine = make_engine(failing_settings)

        def build_fails(*args: object, **kwargs: object) -> str:
            raise RuntimeError("the index's disk is full")

        monkeypatch.setattr(indexing, "catch_up", build_fails)
        with pytest.raises(RuntimeError):
            ingest_and_index(failing_settings, failing_engine, [SEEDS], workers=1)
        failing_engine.dispose()
        assert index_sql(failing) == expected and len(stored(failing)) == len(stored(data_dir))
    finally:
        engine.dispose()
