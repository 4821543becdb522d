"""A damaged index on disk (a truncated or deleted segment file) never halves results silently nor turns
searches into errors: it is noticed when opened, an earlier good build answers, and it is rebuilt."""

import logging
from pathlib import Path

import pytest

from app.search import ArchiveIndex
from tests.helpers import make_docs


def built_twice(tmp_path: Path) -> tuple[ArchiveIndex, int]:
    index = ArchiveIndex(tmp_path / "index", procs=1, segment_docs=150)
    docs = make_docs(400)
    index.rebuild(docs[:300], generation=1)  # the earlier build, kept beside the live one
    index.rebuild(docs, generation=2)
    return index, index.search("苏州").total


def largest_segment_file(index: ArchiveIndex) -> Path:
    return max(index.live_dir.resolve().glob("MAIN_*.zzp"), key=lambda p: p.stat().st_size)


@pytest.mark.parametrize("harm", ["truncate", "delete"])
def test_a_damaged_segment_is_noticed_and_an_earlier_build_answers(tmp_path: Path, harm: str,
                                                                   caplog: pytest.LogCaptureFixture) -> None:
    index, whole = built_twice(tmp_path)
    assert index.generation == 2 and whole > 0
    victim = largest_segment_file(index)
    if harm == "truncate":
        with open(victim, "r+b") as f:
            f.truncate(victim.stat().st_size // 2)
    else:
        victim.unlink()
    fresh = ArchiveIndex(tmp_path / "index", procs=1)  # another process opening the index
    with caplog.at_level(logging.ERROR, logger="zhenzhi.index"):
        assert fresh.generation is None  # reads as "must be rebuilt"
        result = fresh.search("苏州")  # no exception: the earlier build (300 of the 400 documents) answers
    assert 0 < result.total <= whole
    assert fresh.search("苏州").total == result.total
    damaged = [r for r in caplog.records if "damaged" in r.getMessage()]
    assert len(damaged) == 1 and victim.name in damaged[0].getMessage()


def test_an_intact_index_is_not_taken_for_damaged(tmp_path: Path) -> None:
    index, whole = built_twice(tmp_path)
    index.update(make_docs(410)[400:], generation=3)
    fresh = ArchiveIndex(tmp_path / "index", procs=1)
    assert fresh.generation == 3
    assert fresh.search("苏州").total >= whole


def test_with_no_intact_build_searches_are_503_not_an_empty_answer(data_dir: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    import httpx2

    from app.jobs import indexing
    from tests.helpers import SEEDS, LiveServer, run_cli

    assert run_cli(data_dir, "ingest", str(SEEDS)).returncode == 0
    for build in (data_dir / "index").glob("build-*"):
        shutil.rmtree(build)  # every build gone, and the rebuild cannot run (say the disk is full)
    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(indexing, "rebuild", disk_full)
    with LiveServer(data_dir) as server, httpx2.Client(base_url=server.url, timeout=10) as client:
        api = client.get("/api/search", params={"q": "苏州"})
        assert api.status_code == 503 and int(api.headers["retry-after"]) > 0
        assert api.json()["status"] == 503
        page = client.get("/search", params={"q": "苏州"})
        assert page.status_code == 503 and "搜索索引正在重建" in page.text
        assert client.get("/api/articles").status_code == 200  # the rest of the site answers from the database
