"""ArchiveIndex: life cycle, search parameters, more like this, rebuilds under load."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from app.search import ArchiveIndex, QueryError
from tests.helpers import HOSTILE, make_docs


def test_generation_and_exists(tmp_path, built):
    assert built.generation == 7 and built.exists()
    empty = ArchiveIndex(tmp_path / "none")
    assert empty.generation is None and not empty.exists()
    assert empty.search("苏州").total == 0


def test_an_index_of_no_documents_answers_with_nothing_found(tmp_path):
    ix = ArchiveIndex(tmp_path, procs=1)
    ix.rebuild([], generation=1)  # an empty archive's index
    assert ix.readable() and ix.doc_count() == 0
    result = ix.search("苏州")
    assert result.total == 0 and result.hits == []


def test_the_generation_follows_another_writer_at_once(tmp_path):
    # A server asks for the generation on every request and keeps the answer per stamp: an update or a
    # rebuild by another process, or the live build's removal, must show on the very next look.
    import shutil

    reader, writer = ArchiveIndex(tmp_path, procs=1), ArchiveIndex(tmp_path, procs=1)
    docs = make_docs(30)
    writer.rebuild(docs[:20], generation=1)
    assert reader.generation == 1
    writer.update(docs[20:], generation=2)
    assert reader.generation == 2
    writer.rebuild(docs, generation=3)
    assert reader.generation == 3
    shutil.rmtree(reader.live_dir.resolve())
    assert reader.generation is None


def test_an_index_of_an_earlier_format_reads_as_missing_until_rebuilt(tmp_path):
    # An index written by an earlier version (postings inside Whoosh's own files) must not be
    # misread as empty: its stamp's format makes it "no index", which the app rebuilds.
    import json

    ix = ArchiveIndex(tmp_path, procs=1)
    docs = make_docs(20)
    ix.rebuild(docs, generation=3)
    stamp_path = ix.live_dir / "zhenzhi-index.json"
    stamp = json.loads(stamp_path.read_text(encoding="utf-8"))
    stamp_path.write_text(json.dumps({**stamp, "format": 2}), encoding="utf-8")
    fresh = ArchiveIndex(tmp_path, procs=1)
    assert fresh.generation is None and not fresh.readable()
    fresh.rebuild(docs, generation=3)
    assert fresh.generation == 3 and fresh.search("镇").total > 0


def test_hostile_queries_on_index(built):

    for q in HOSTILE:
        try:
            built.search(q)
        except QueryError:
            pass
    with pytest.raises(QueryError):
        built.search("苏州", filters={"nonsense": "x"})
    with pytest.raises(QueryError):
        built.search("苏州", sort="random")


def test_more_like_this(built, corpus):
    target = corpus[0]
    similar = built.more_like_this(target.id, n=5)
    assert 0 < len(similar) <= 5 and target.id not in similar
    assert built.more_like_this(999_999) == []


def test_a_short_articles_more_like_this_terms_are_its_own(tmp_path):
    """A short article's "more like this" terms come from its own text, never its neighbour's."""
    docs = make_docs(2)
    docs[0].title, docs[0].body = "乡村", "河道清淤"
    docs[1].title, docs[1].body = "新闻", "码头货运繁忙，码头吞吐量再创新高，码头工人加班加点。"
    ix = ArchiveIndex(tmp_path, procs=1)
    ix.rebuild(docs, generation=1)
    snap = ix._snapshot()
    own = "|".join([docs[0].title, docs[0].body, *docs[0].places, *docs[0].authors])
    terms = ["".join(t) for t in snap.sig_terms(snap.docnum_of(docs[0].id))]
    assert terms and all(term in own for term in terms), terms


def test_a_terms_document_frequency_is_read_without_its_postings(built, corpus):
    snap = built._snapshot()
    terms = [t for doc in corpus[:20] for t in snap.sig_terms(snap.docnum_of(doc.id))]
    assert terms
    for term in terms:
        assert snap.doc_frequency("all", term) == len(snap.postings("all", term, False).docs)
    assert snap.doc_frequency("all", ("\u4e28", "\u4e28")) == 0  # a bigram no document holds


def test_rebuild_swaps_while_another_thread_searches(tmp_path):
    ix = ArchiveIndex(tmp_path, procs=1)
    first = make_docs(60, seed=2)
    ix.rebuild(first, generation=1)
    searcher = ArchiveIndex(tmp_path)
    errors: list[BaseException] = []
    answers: list[int] = []
    stop = threading.Event()

    def run():
        while not stop.is_set():
            try:
                answers.append(searcher.search("镇", per_page=5).total)
                time.sleep(0.002)  # let the rebuild have the GIL too
            except BaseException as e:  # noqa: BLE001 - any failure fails the test
                errors.append(e)
                return

    t = threading.Thread(target=run)
    t.start()
    try:
        for g in range(2, 5):
            ix.rebuild(make_docs(60 + 20 * g, seed=g), generation=g)
            time.sleep(0.05)
    finally:
        stop.set()
        t.join()
    assert not errors
    assert len(answers) > 3 and all(a > 0 for a in answers)
    assert searcher.generation == 4
    assert searcher.doc_count() == 140
    assert len(list(Path(tmp_path).glob("build-*"))) == 2  # live and the one before
