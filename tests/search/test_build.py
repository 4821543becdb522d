"""Whole builds: serial, one writer process per core, optimized, all alike."""

from __future__ import annotations

import subprocess
import sys

from whoosh import index as windex

from app.search import ArchiveIndex
from tests.helpers import REPO, all_ids, make_docs


def test_parallel_rebuild_matches_serial(tmp_path):
    docs = make_docs(90, seed=3)
    serial = ArchiveIndex(tmp_path / "s", procs=1, segment_docs=40)
    serial.rebuild(docs, generation=1)
    parallel = ArchiveIndex(tmp_path / "p", procs=2, segment_docs=40)
    parallel.rebuild(docs, generation=1)
    assert parallel.doc_count() == 90
    for q in ["镇", "人大", '"代表"', "title:镇 -人大"]:
        assert all_ids(serial, q) == all_ids(parallel, q), q
    optimized = ArchiveIndex(tmp_path / "o", procs=1, segment_docs=40)
    optimized.rebuild(docs, generation=1, optimize=True)
    assert len(windex.open_dir(str(optimized.live_dir))._segments()) == 1
    for q in ["镇", '"代表"']:
        assert optimized.search(q).total == serial.search(q).total


def test_small_rebuild_starts_no_worker_processes(tmp_path, monkeypatch):
    def no_pool(*_a, **_k):
        raise AssertionError("a small rebuild must not start a process pool")

    monkeypatch.setattr("app.search.build.process_pool", no_pool)
    ix = ArchiveIndex(tmp_path, procs=4, segment_docs=100)
    ix.rebuild(make_docs(100), generation=1)  # exactly one segment's worth
    assert ix.doc_count() == 100 and ix.search("镇").total > 0
    ix.rebuild(iter(make_docs(30)), generation=2)  # a generator works as well as a list
    assert ix.generation == 2 and ix.doc_count() == 30


def test_small_rebuild_works_from_a_script_on_stdin(tmp_path):
    # Worker processes are spawned and re-import __main__, which a script
    # read from stdin does not have: small builds must not need them.
    script = ("import sys\nfrom app.search import ArchiveIndex, IndexDoc\n"
              f"ix = ArchiveIndex({str(tmp_path)!r}, procs=2)\n"
              "ix.rebuild([IndexDoc(i, None, None, None, '苏州新闻', [], [], None, None, None, 'article', i)"
              " for i in range(1, 40)], generation=1)\n"
              "print(ix.search('苏州').total)\n")
    out = subprocess.run([sys.executable, "-"], input=script, cwd=REPO, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "39"
