"""Reading the files searches touch into the system's page cache: what is read, in which order, within
which bound, and when a server does it (at its start, after a build switch), on real files and servers."""

import json
import logging
import os
from pathlib import Path

import httpx
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
    spans = read_order(build)
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
    kinds = ["columns" if s.path.suffix != ".zzp" and not s.path.name.endswith(".sig.col") else
             "sig" if s.path.name.endswith(".sig.col") else "postings" for s in spans]
    assert kinds.index("postings") > max(i for i, k in enumerate(kinds) if k == "columns")
    assert kinds[-1] == "sig" and "postings" not in kinds[kinds.index("sig"):]
