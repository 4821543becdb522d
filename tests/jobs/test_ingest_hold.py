"""Nothing lost and nothing poisoned at ingest: files rewritten while read, files far larger than a page,
characters XML forbids, workers that outlive a killed ingest, an ingest racing a reindex."""

import signal
import sqlite3
import subprocess
import threading
import time
from pathlib import Path

import pytest

from app.archive.db import make_engine, migrate
from app.jobs import indexing
from app.jobs.ingest import ingest_paths, no_places
from app.jobs.reading import MAX_PAGE_BYTES, MAX_PAGE_LINES
from app.jobs.pipeline import ingest_and_index
from app.search import ArchiveIndex
from tests.helpers import SEEDS, ZHENZHI, run_cli
from tests.databases import cli_env, open_db, settings_for

STORY = "本报讯 胥口镇今天召开居民议事会，商量老旧小区加装电梯的办法，到会居民都发了言。"


def a_page(title: str, paragraphs: int = 3) -> str:
    return title + "\n\n" + "\n".join(STORY for _ in range(paragraphs)) + "\n"


def open_archive(data_dir: Path):  # type: ignore[no-untyped-def]
    settings = settings_for(data_dir)
    migrate(settings)
    return settings, make_engine(settings)


def stored_text(data_dir: Path, file: str) -> str:
    with open_db(data_dir) as db:
        return db.execute("SELECT text FROM page WHERE file = ?", (file,)).fetchone()[0]


def test_a_file_rewritten_while_it_is_read_is_read_again_whole(data_dir: Path, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "rewritten.txt"
    whole = a_page("胥口镇居民议事会商量加装电梯", paragraphs=6)
    page.write_text(whole[:60], encoding="utf-8")  # the writer has only got this far
    real_read = Path.read_bytes
    reads = 0

    def read_while_the_writer_finishes(self: Path) -> bytes:
        nonlocal reads
        data = real_read(self)
        if self == page and reads == 0:
            reads += 1
            page.write_text(whole, encoding="utf-8")  # … and finishes while we read
        return data

    monkeypatch.setattr(Path, "read_bytes", read_while_the_writer_finishes)
    _, engine = open_archive(data_dir)
    report = ingest_paths(engine, [page], no_places)
    assert report.rejected == []
    assert stored_text(data_dir, "rewritten.txt") in (whole.rstrip("\n"), whole)


def test_a_file_that_never_holds_still_is_rejected_not_stored_half_read(data_dir: Path, tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "growing.txt"
    page.write_text(a_page("胥口镇居民议事会"), encoding="utf-8")
    real_read = Path.read_bytes

    def always_growing(self: Path) -> bytes:
        data = real_read(self)
        if self == page:
            with open(page, "a", encoding="utf-8") as f:
                f.write(STORY + "\n")
        return data

    monkeypatch.setattr(Path, "read_bytes", always_growing)
    _, engine = open_archive(data_dir)
    report = ingest_paths(engine, [page], no_places)
    assert [reason for _, reason in report.rejected] == [
        "the file changed while it was being read; ingest it again once it is written"]
    with open_db(data_dir) as db:
        assert db.execute("SELECT count(*) FROM page").fetchone()[0] == 0


def test_files_far_beyond_a_newspaper_page_are_rejected_and_the_others_go_in(data_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(a_page("胥口镇居民议事会商量加装电梯"), encoding="utf-8")
    (folder / "many-lines.txt").write_text("镇村\n" * (MAX_PAGE_LINES + 1), encoding="utf-8")
    (folder / "huge.txt").write_text("镇" * (MAX_PAGE_BYTES // 3 + 10), encoding="utf-8")
    result = run_cli(data_dir, "ingest", str(folder))
    assert result.returncode == 1
    rejected = sorted(line for line in result.stderr.splitlines() if line.startswith("rejected:"))
    assert len(rejected) == 2, result.stderr
    assert rejected[0].startswith(f"rejected: {folder / 'huge.txt'}: file of ")
    assert rejected[1] == (f"rejected: {folder / 'many-lines.txt'}: {MAX_PAGE_LINES + 1} lines; "
                           f"a newspaper page has at most {MAX_PAGE_LINES}")
    assert "ingested 1 file:" in result.stdout


def test_characters_xml_forbids_are_stripped_at_ingest(data_dir: Path, tmp_path: Path) -> None:
    page = tmp_path / "controls.txt"
    written = a_page("胥口镇\x01居民议事会\uffff商量加装电梯", paragraphs=8).replace("议事会，", "议事会\x0b，", 1)
    page.write_text(written, encoding="utf-8")
    _, engine = open_archive(data_dir)
    assert ingest_paths(engine, [page], no_places).rejected == []
    text = stored_text(data_dir, "controls.txt")
    assert "胥口镇居民议事会商量加装电梯" in text
    assert not any(ch in text for ch in "\x01\x0b\uffff")


def workers_of(pid: int) -> list[int]:
    children = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    children.append(int(entry.name))
            except (OSError, IndexError, ValueError):
                pass
    return children


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_killing_an_ingest_leaves_no_worker_processes(data_dir: Path, tmp_path: Path, how: signal.Signals) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for n in range(80):  # enough files for worker processes
        text = seeds[n % len(seeds)].read_text(encoding="utf-8")
        (folder / f"p{n:03}.txt").write_text(text * 8 + f"\n第{n}版\n", encoding="utf-8")
    env = cli_env(data_dir)
    ingest = subprocess.Popen([str(ZHENZHI), "ingest", str(folder)], env=env, stdin=subprocess.DEVNULL,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        workers: list[int] = []
        while len(workers) < 2 and time.monotonic() < deadline and ingest.poll() is None:
            time.sleep(0.1)
            workers = [pid for pid in workers_of(ingest.pid) if "multiprocessing" in cmdline(pid)]
        assert len(workers) >= 2, "the ingest did not start its workers"
        while stored_pages(data_dir) < 2 and time.monotonic() < deadline:  # the workers are at work
            time.sleep(0.1)
        ingest.send_signal(how)
        ingest.wait(30)
        deadline = time.monotonic() + 5
        while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not [pid for pid in workers if alive(pid)]
    finally:
        if ingest.poll() is None:
            ingest.kill()


def stored_pages(data_dir: Path) -> int:
    try:
        with open_db(data_dir, timeout=10) as db:
            return db.execute("SELECT count(*) FROM page").fetchone()[0]
    except sqlite3.Error:
        return 0


def cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_an_ingest_during_a_reindex_keeps_its_index_update(data_dir: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    settings, engine = open_archive(data_dir)
    ingest_and_index(settings, engine, [SEEDS], workers=1)
    reading, go_on = threading.Event(), threading.Event()
    real_all_docs = indexing.all_docs

    def slow_all_docs(engine_):  # type: ignore[no-untyped-def]
        reading.set()  # the reindex has read the generation and begins reading articles …
        assert go_on.wait(30)
        yield from real_all_docs(engine_)

    monkeypatch.setattr(indexing, "all_docs", slow_all_docs)
    reindex = threading.Thread(target=indexing.rebuild, args=(settings, engine))
    reindex.start()
    assert reading.wait(30)
    monkeypatch.setattr(indexing, "all_docs", real_all_docs)
    page = tmp_path / "during.txt"
    page.write_text(a_page("木渎镇开通社区食堂为老人送餐"), encoding="utf-8")
    ingest = threading.Thread(target=ingest_and_index, args=(settings, engine, [page]), kwargs={"workers": 1})
    ingest.start()  # … while an ingest stores a page and updates the index
    time.sleep(0.5)
    go_on.set()
    reindex.join(60)
    ingest.join(60)
    index = ArchiveIndex(settings.index_dir)
    assert index.generation == indexing.db_generation(engine)
    assert index.search("社区食堂").total >= 1
