"""The index folder's life cycle: in-process builds, copied folders, leftovers, concurrent readers."""

from __future__ import annotations

import os
import shutil
import threading
from contextlib import nullcontext

from app.search import ArchiveIndex, IndexDoc
from app.search import folder
from tests.helpers import build_names as builds, make_docs


def test_rebuild_and_update_over_a_copied_folder_with_a_real_live_directory(tmp_path):
    original = tmp_path / "orig"
    ArchiveIndex(original, procs=1).rebuild(make_docs(40), generation=1)
    copy = tmp_path / "copy"
    shutil.copytree(original, copy)  # follows symlinks: live becomes a directory
    assert (copy / "live").is_dir() and not (copy / "live").is_symlink()
    ix = ArchiveIndex(copy, procs=1)
    assert ix.generation == 1 and ix.search("镇").total > 0
    ix.update([IndexDoc(500, None, None, None, "蜻蜓点水", [], [], None, None, None, "article", 500)], generation=2)
    assert ix.search("蜻蜓").total == 1

    ix.rebuild(make_docs(50, seed=9), generation=3)
    assert (copy / "live").is_symlink()
    assert ix.generation == 3 and ix.doc_count() == 50
    copied = {n for n in builds(copy) if n.endswith("-copied")}
    assert len(copied) == 1  # the old directory is kept as the previous build
    ix.rebuild(make_docs(20, seed=10), generation=4)
    assert not copied & builds(copy) and len(builds(copy)) == 2
    assert ix.doc_count() == 20


def test_swap_falls_back_when_the_exchange_is_unavailable(tmp_path, monkeypatch):
    original = tmp_path / "orig"
    ArchiveIndex(original, procs=1).rebuild(make_docs(10), generation=1)
    copy = tmp_path / "copy"
    shutil.copytree(original, copy)
    monkeypatch.setattr(folder, "_exchange", lambda a, b: False)
    ix = ArchiveIndex(copy, procs=1)
    ix.rebuild(make_docs(12), generation=2)
    assert (copy / "live").is_symlink() and ix.doc_count() == 12


def test_old_and_crashed_builds_are_removed_but_not_builds_in_progress(tmp_path):
    ix = ArchiveIndex(tmp_path, procs=1)
    ix.rebuild(make_docs(10), generation=1)
    crashed = tmp_path / "build-1-999999-0"  # a writer died mid-build: no lock held
    crashed.mkdir()
    (crashed / "junk").write_text("x")
    (tmp_path / ".build-2-999999-0.lock").write_text("")  # a stale lock without its build
    busy_name = folder.new_build_name() + "-busy"
    fd = folder.claim(tmp_path, busy_name)  # another writer, still building
    (tmp_path / busy_name).mkdir()
    try:
        for g in range(2, 5):
            ix.rebuild(make_docs(10 + g), generation=g)
        names = builds(tmp_path)
        assert not crashed.exists()
        assert not (tmp_path / ".build-2-999999-0.lock").exists()
        assert busy_name in names and len(names) == 3  # live, previous, the busy one
        assert folder.live_target(tmp_path) in names
    finally:
        folder.release(tmp_path, busy_name, fd)
    ix.rebuild(make_docs(20), generation=5)
    assert busy_name not in builds(tmp_path) and len(builds(tmp_path)) == 2
    assert not list(tmp_path.glob(".build-*.lock")) and not list(tmp_path.glob(".live.*"))


def test_failed_rebuild_leaves_live_alone_and_no_leftovers(tmp_path):
    ix = ArchiveIndex(tmp_path, procs=1)
    ix.rebuild(make_docs(10), generation=1)
    before = builds(tmp_path)

    def broken():
        yield from make_docs(5)
        raise RuntimeError("database went away")

    try:
        ix.rebuild(broken(), generation=2)
    except RuntimeError:
        pass
    assert builds(tmp_path) == before and ix.generation == 1 and ix.doc_count() == 10
    assert not list(tmp_path.glob(".build-*.lock"))


def test_concurrent_searches_share_the_snapshot_without_a_lock(tmp_path):
    ix = ArchiveIndex(tmp_path, procs=1, segment_docs=60)
    ix.rebuild(make_docs(200), generation=1)  # several segments
    snap = ix._snapshot()
    assert isinstance(snap.lock, nullcontext)
    queries = ["镇", "人大", '"代表"', "苏州 企业", "人大 OR 政协", "title:镇 -人大", "发展"]
    expected = {q: [(h.id, h.score) for h in ix.search(q, per_page=50).hits] for q in queries}
    errors: list[BaseException] = []

    def worker(k: int) -> None:
        try:
            for i in range(40):
                q = queries[(i + k) % len(queries)]
                ix._cache.clear()  # evaluate, not just hit the result cache
                got = [(h.id, h.score) for h in ix.search(q, per_page=50).hits]
                assert got == expected[q], q
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors[0]
    assert os.path.isdir(ix.live_dir)
