"""Writing a whole build: every document into a fresh, empty index folder.

Up to one segment's worth of documents (every small archive, every test),
or with one core, the documents are written in-process, one segment per
chunk. More goes to one writer process per core, each writing whole
segments into the build folder without the lock (as Whoosh's ``MpWriter``
does); the parent then commits every segment in one TOC. Documents that
come in parts (``Parted``, the archive's articles) are read by each writer
process itself, a segment's worth at a time, so the parent never holds them.
"""

from __future__ import annotations

from functools import partial
from itertools import chain, islice
from pathlib import Path
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol, runtime_checkable

from whoosh import index as windex

from app.workers import interrupts_allowed, process_pool

from .model import IndexDoc
from .whoosh_internals import segment_count
from .writer import BulkWriter


Source = Callable[[], Iterable[IndexDoc]]  # picklable: called in a writer process


@runtime_checkable
class Parted(Protocol):
    """Documents that writer processes can read for themselves, a part at a time."""

    def __iter__(self) -> Iterator[IndexDoc]: ...

    def parts(self, size: int) -> list[Source]:
        """Every document once, in order, in parts of `size` (the last may be smaller)."""
        ...


def write_build(build: Path, docs: Iterable[IndexDoc], *, procs: int, segment_docs: int,
                progress: Callable[[int], None] | None = None, optimize: bool = False) -> None:
    """Index `docs` into the empty index at `build` (not yet live), in segments of at most
    `segment_docs` documents (a writer's memory does not grow with them: app.search.runs)."""
    parts = docs.parts(segment_docs) if procs > 1 and isinstance(docs, Parted) else []
    if len(parts) > 1:
        _build_parallel(build, parts, procs, progress)
    elif parts or procs <= 1:
        _build_serial(build, docs, segment_docs, progress)
    else:
        chunks = _chunks(docs, segment_docs)
        first, second = next(chunks, []), next(chunks, None)
        if second is None:  # one segment's worth: no worker processes
            _build_serial(build, first, segment_docs, progress)
        else:
            _build_parallel(build, (partial(iter, chunk) for chunk in chain([first, second], chunks)), procs,
                            progress)
    if optimize:
        ix = windex.open_dir(str(build))
        if segment_count(ix) > 1:
            BulkWriter(ix).commit(optimize=True)


def _chunks(docs: Iterable[IndexDoc], size: int) -> Iterator[list[IndexDoc]]:
    chunk: list[IndexDoc] = []
    for d in docs:
        chunk.append(d)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _build_serial(build: Path, docs: Iterable[IndexDoc], size: int, progress) -> None:
    """In this process, a segment of `size` documents after another, as they come."""
    ix = windex.open_dir(str(build))
    done = 0
    docs = iter(docs)
    for first in docs:
        w = BulkWriter(ix)
        done += w.add_docs(chain([first], islice(docs, size - 1)))
        w.commit(merge=False)
        if progress:
            progress(done)


def _build_parallel(build: Path, sources: Iterable[Source], procs: int, progress) -> None:
    ix = windex.open_dir(str(build))
    segments = []
    done = 0

    def collect(fut) -> None:
        nonlocal done
        with interrupts_allowed():
            seg, n = fut.result()
        if seg is not None:
            segments.append(seg)
        done += n
        if progress:
            progress(done)

    with process_pool(procs) as pool:  # spawned, never forked: a server has threads
        # Smaller chunks than segment_docs would mean more segments; cap the
        # in-flight chunks so memory stays bounded.
        pending = []
        for source in sources:
            pending.append(pool.submit(_write_segment, str(build), source))
            while len(pending) >= procs:
                collect(pending.pop(0))
        for fut in pending:
            collect(fut)
    BulkWriter(ix).commit_segments(segments)


def _write_segment(build: str, source: Source):
    """Worker process: write the documents of `source` as one new segment of
    the index at `build` (not committed; the parent adds it to the TOC), and
    say how many there were."""
    w = BulkWriter(windex.open_dir(build), lock=False)
    n = w.add_docs(source())
    return w.finish_segment(), n
