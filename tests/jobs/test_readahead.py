"""Reading the files searches touch into the system's page cache: what is read, in which order, within
which bound, and when a server does it (at its start, after a build switch), on real files and servers."""

import json
import logging
import os
from pathlib import Path

import httpx2
import pytest

from app import pagecache
from app.config import Settings
from app.jobs import readahead
from app.jobs.readahead import MB, Plan, budget
from app.pagecache import Span, cached_bytes, evict, whole
from app.search import ArchiveIndex, folder
from app.search.readorder import read_order
from tests.helpers import LiveServer, app_client, make_docs, run_cli, wait_for

LOGGER = "zhenzhi.readahead"


def filesystem_of(path: Path) -> str:
    """The type of the file system `path` is on (from the mount table)."""
    best, kind = "", ""
    for line in Path("/proc/self/mountinfo").read_text().splitlines():
        left, right = line.split(" - ")
        point = left.split()[4].replace("\\040", " ")
        if str(path.resolve()).startswith(point.rstrip("/") + "/") and len(point) > len(best):
            best, kind = point, right.split()[0]
    return kind


@pytest.fixture
def disk(tmp_path: Path) -> Path:
    """A folder on a file system with a page cache of its own (tmpfs files are the cache itself)."""
    if filesystem_of(tmp_path) in ("tmpfs", "ramfs"):
        pytest.skip("temporary files live in memory here: there is no page cache to drop or fill")
    return tmp_path


def written(path: Path, size: int) -> Path:
    with open(path, "wb") as f:
        f.write(os.urandom(size))
        f.flush()
        os.fsync(f.fileno())
    return path


def footer(path: Path) -> dict:
    data = path.read_bytes()
    size = int.from_bytes(data[-8:], "little")
    return json.loads(data[-8 - size:-8])


def build_files(index_dir: Path) -> list[Path]:
    return [p for p in (index_dir / folder.live_target(index_dir)).iterdir() if p.is_file()]


def test_evicting_drops_a_file_from_the_cache_and_reading_ahead_brings_back_the_span_read(disk: Path) -> None:
    path = written(disk / "data.bin", 40 * MB)
    pagecache.read_ahead([whole(path)])
    assert cached_bytes(whole(path)) == 40 * MB
    evict(path)
    assert cached_bytes(whole(path)) == 0
    assert pagecache.read_ahead([Span(path, 3 * MB, 2 * MB)]) == 2 * MB
    assert cached_bytes(Span(path, 3 * MB, 2 * MB)) == 2 * MB
    assert cached_bytes(Span(path, 24 * MB, 16 * MB)) == 0  # far beyond the span (and the kernel's own read-ahead)


def test_a_build_is_read_columns_first_then_term_tables_then_posting_lists_each_byte_once(tmp_path: Path) -> None:
    ix = ArchiveIndex(tmp_path / "index", procs=1)
    ix.rebuild(make_docs(300), generation=1)
    build = (tmp_path / "index" / "live").resolve()
    order = read_order(build)
    spans = order.opening + order.rest
    covered: dict[Path, list[tuple[int, int]]] = {}
    for span in spans:
        covered.setdefault(span.path, []).append((span.offset, span.offset + span.length))
    for path, ranges in covered.items():  # no gap, no overlap
        ranges.sort()
        assert ranges[0][0] == 0 and ranges[-1][1] == path.stat().st_size, path.name
        assert all(a[1] == b[0] for a, b in zip(ranges, ranges[1:])), path.name
    assert set(covered) == {p for p in build.iterdir() if p.is_file() and p.stat().st_size}
    tables, lists = [], []  # where each field's term table and posting lists start, by the file's own footer
    for i, span in enumerate(spans):
        if span.path.suffix == ".zzp":
            fields = footer(span.path)["fields"].values()
            tables += [i] if span.offset in {f["keys"][0] for f in fields} else []
            lists += [i] if span.offset in {f["blob"] for f in fields} else []
    assert tables and lists and max(tables) < min(lists)
    assert all(spans[i] in order.opening for i in tables) and not any(spans[i] in order.opening for i in lists)
    kinds = ["columns" if s.path.suffix != ".zzp" and not s.path.name.endswith(".sig.col") else
             "sig" if s.path.name.endswith(".sig.col") else "postings" for s in spans]
    assert kinds.index("postings") > max(i for i, k in enumerate(kinds) if k == "columns")
    assert kinds[-1] == "sig" and "postings" not in kinds[kinds.index("sig"):]


def test_the_plan_takes_the_spans_in_order_while_they_fit_and_passes_over_what_is_cached(disk: Path) -> None:
    files = [written(disk / f"{name}.bin", size * MB) for name, size in (("a", 2), ("b", 5), ("c", 1), ("d", 3))]
    for path in files:
        evict(path)
    pagecache.read_ahead([whole(files[3])])  # already in the cache: costs nothing, read again by nobody
    plan = Plan([whole(p) for p in files], budget=4 * MB)
    assert [s.path.name for s in plan.spans] == ["a.bin", "c.bin"]  # b does not fit; c, after it, does
    assert (plan.to_read, plan.left_out, plan.cached) == (3 * MB, 5 * MB, 3 * MB)
    assert Plan([whole(p) for p in files], budget=0).spans == []


def test_the_budget_is_half_the_available_memory_and_no_more_than_the_setting(tmp_path: Path) -> None:
    half = pagecache.mem_available() // 2
    assert budget(Settings(data_dir=tmp_path)) == pytest.approx(half, rel=0.2)  # the default: -1
    assert budget(Settings(data_dir=tmp_path, read_ahead_mb=3)) == 3 * MB
    assert budget(Settings(data_dir=tmp_path, read_ahead_mb=10**9)) == pytest.approx(half, rel=0.2)
    assert budget(Settings(data_dir=tmp_path, read_ahead_mb=0)) == 0
    with pytest.raises(ValueError, match="READ_AHEAD_MB"):
        Settings(data_dir=tmp_path, read_ahead_mb=-2)


def read_ahead_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == LOGGER and r.getMessage().startswith("read ahead")]


def test_a_server_reads_its_index_ahead_when_it_starts_and_when_another_process_swaps_in_a_new_build(
        seeded_copy: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger=LOGGER)
    index_dir = seeded_copy / "index"
    first = folder.live_target(index_dir)
    for path in build_files(index_dir):
        evict(path)
    with LiveServer(seeded_copy) as server:
        assert wait_for(lambda: read_ahead_lines(caplog))
        assert first in read_ahead_lines(caplog)[0]
        assert server.app.state.index_keeper.index._snap is not None  # opened before anyone searched
        if filesystem_of(seeded_copy) not in ("tmpfs", "ramfs"):
            assert all(cached_bytes(whole(p)) == p.stat().st_size for p in build_files(index_dir))
        assert run_cli(seeded_copy, "reindex").returncode == 0
        second = folder.live_target(index_dir)
        assert second != first
        for path in build_files(index_dir):
            evict(path)
        assert len(read_ahead_lines(caplog)) == 1  # nothing happens until the server is asked to search
        assert httpx2.get(f"{server.url}/api/search", params={"q": "镇"}, timeout=30).status_code == 200
        assert wait_for(lambda: len(read_ahead_lines(caplog)) == 2)
        assert second in read_ahead_lines(caplog)[1] and "database" not in read_ahead_lines(caplog)[1]
        if filesystem_of(seeded_copy) not in ("tmpfs", "ramfs"):
            assert all(cached_bytes(whole(p)) == p.stat().st_size for p in build_files(index_dir))
        httpx2.get(f"{server.url}/api/search", params={"q": "社区"}, timeout=30)
    assert len(read_ahead_lines(caplog)) == 2  # the same build is not read again


def test_with_the_setting_at_zero_nothing_is_read_ahead(seeded_copy: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger=LOGGER)
    with LiveServer(seeded_copy, read_ahead_mb=0) as server:
        assert httpx2.get(f"{server.url}/api/search", params={"q": "镇"}, timeout=30).status_code == 200
        assert server.app.state.index_keeper.read_ahead._thread is None
    assert [r for r in caplog.records if r.name == LOGGER] == []


def test_a_read_ahead_that_fails_is_one_log_line_and_the_server_answers(
        seeded_copy: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(build: Path) -> list[Span]:
        raise OSError(5, "Input/output error", str(build))

    monkeypatch.setattr(readahead, "read_order", broken)
    caplog.set_level(logging.INFO, logger=LOGGER)
    with app_client(seeded_copy) as client:
        assert wait_for(lambda: [r for r in caplog.records if r.name == LOGGER])
        response = client.get("/api/search", params={"q": "镇"})
        assert response.status_code == 200 and response.json()["total"] > 0
    mine = [r for r in caplog.records if r.name == LOGGER]
    assert len(mine) == 1 and mine[0].levelno == logging.WARNING
    assert "Input/output error" in mine[0].getMessage() and "\n" not in mine[0].getMessage()


class _NoThreads:
    """A `threading.Thread` that cannot start, as when the process is out of threads."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        pass

    def start(self) -> None:
        raise RuntimeError("can't start new thread")

    def join(self, timeout: float | None = None) -> None:
        raise RuntimeError("cannot join thread before it is started")


def test_a_read_ahead_whose_thread_cannot_start_is_one_log_line_and_the_server_still_stops(
        tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readahead.threading, "Thread", _NoThreads)
    caplog.set_level(logging.INFO, logger=LOGGER)
    ahead = readahead.ReadAhead(Settings(data_dir=tmp_path, read_ahead_mb=3))
    ahead.start()
    ahead.stop()  # nothing was started, so nothing is waited for
    mine = [r for r in caplog.records if r.name == LOGGER]
    assert len(mine) == 1 and "could not start" in mine[0].getMessage()
