"""Files in, articles stored: read → decode → parse → tag places → store → index.

Each file is stored in its own transaction, so a bad file, a crash or Ctrl-C leaves the
database as it was before that file; the search index is brought up to date afterwards
and is rebuilt whenever its generation does not match the database's.
"""

import os
import resource
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session

from app.archive import write as store
from app.archive.bulk import defer_indexes, restore_indexes
from app.archive.db import checkpoint
from app.jobs.analysis import FileRejected, Tagger, no_places, outcome_of, outcomes_of
from app.jobs.reading import PAGE_SUFFIX, Analysed, Unchanged, another_file, read_and_analyse, read_page
from app.jobs.stages import StageClock
from app.workers import interrupts_allowed, process_pool

PARALLEL_FROM_FILES = 50  # below this, starting worker processes costs more than it saves
# For the tests of interrupted ingests, never set in use: "N:SIGNAL" (say "2:SIGINT") sends SIGNAL inside
# the N-th page's store transaction, its rows written and not committed, as a Ctrl-C or a crash at that
# moment would. A Ctrl-C goes to the whole process group, as a terminal sends it; any other signal to this
# process alone.
FAULT_AT_STORE = "ZHENZHI_FAULT_AT_STORE"

Progress = Callable[[int, int], None]  # (files done, files in all)


@dataclass
class IngestReport:
    files: int = 0
    articles: int = 0
    photos: int = 0
    unchanged: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0
    stages: StageClock = field(default_factory=StageClock)

    def summary(self) -> str:
        return (
            f"ingested {counted(self.files, 'file')}: {counted(self.articles, 'article')}, "
            f"{counted(self.photos, 'photo')}, "
            f"{len(self.rejected)} rejected, {self.unchanged} unchanged, {self.seconds:.1f} s"
        )


def counted(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def discover(paths: Iterable[Path]) -> tuple[list[tuple[Path, str]], list[tuple[str, str]]]:
    """Page files named on the command line or found in folders, each with its identity in the archive,
    and what cannot be one.

    A page found in a folder is known by its path under that folder (`2022-11-08/A05.txt`), so pages of
    the same name in different folders stay apart; a file named on its own is known by its name.
    """
    found: list[tuple[Path, str]] = []
    rejected: list[tuple[str, str]] = []
    for path in paths:
        if path.is_dir() and not path.name.endswith(PAGE_SUFFIX):
            found.extend((p, p.relative_to(path).as_posix()) for p in sorted(path.rglob(f"*{PAGE_SUFFIX}"))
                         if not p.name.startswith("."))
        elif path.exists() or path.is_symlink():
            found.append((path, path.name))
        else:
            rejected.append((str(path), "no such file or folder"))
    return found, rejected


Job = tuple[Any, tuple]  # (what the caller needs back, the function's arguments)


PAGES_PER_TASK = 4  # jobs a worker takes at once: each task costs both processes the same, whatever it holds


def ordered_map(function: Callable, jobs: Iterator[Job], workers: int) -> Iterator[tuple[Any, Any]]:
    """(key, result or FileRejected) in job order; with several workers, jobs run ahead in other processes,
    a few to a task."""
    if workers <= 1:
        for key, args in jobs:
            yield key, outcome_of(function, args)
        return
    with process_pool(workers) as pool:
        window: deque[tuple[list[Any], Future]] = deque()
        for chunk in chunked(jobs, PAGES_PER_TASK):
            window.append(([key for key, _ in chunk], pool.submit(outcomes_of, function, [args for _, args in chunk])))
            if len(window) > 2 * workers:
                with interrupts_allowed():
                    yield from settled(*window.popleft())
        while window:
            with interrupts_allowed():
                yield from settled(*window.popleft())


def chunked(jobs: Iterator[Job], size: int) -> Iterator[list[Job]]:
    chunk: list[Job] = []
    for job in jobs:
        chunk.append(job)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def settled(keys: list[Any], future: Future) -> list[tuple[Any, Any]]:
    return list(zip(keys, future.result(), strict=True))


def store_page(session: Session, analysed: Analysed, report: IngestReport) -> None:
    rows = analysed.rows
    store.store_rows(session, analysed.page, rows)  # the index follows the change record (indexing.catch_up)
    fault_point(report.files + 1)
    session.commit()
    report.files += 1
    report.articles += rows.count_kind("article")
    report.photos += rows.count_kind("photo")


def fault_point(stored: int) -> None:
    """Send the signal asked for by FAULT_AT_STORE when storing page number `stored`."""
    number, _, name = os.environ.get(FAULT_AT_STORE, "").partition(":")
    if not number.isdigit() or int(number) != stored:
        return
    sig = signal.Signals[name]
    if sig == signal.SIGINT:
        os.killpg(os.getpgrp(), sig)
    else:
        os.kill(os.getpid(), sig)


def ingest_paths(engine: Engine, paths: Iterable[Path], tag: Tagger = no_places, *, progress: Progress | None = None,
                 on_rejected: Callable[[str, str], None] | None = None, workers: int = 1,
                 settle: bool = True) -> IngestReport:
    """Ingest files; with `workers` > 1 a large ingest parses and tags in that many processes (`tag` must
    then be picklable), a small one stays in this process. `progress(done, total)` follows each file.

    With `settle` False, an ingest that ran to its end leaves its last step (`settle_load`) to the caller,
    which runs it beside the search index's build (`settling_beside`); one that stops early settles here."""
    started = time.perf_counter()
    files, report_rejected = discover(paths)
    if len(files) < PARALLEL_FROM_FILES:
        workers = 1
    report = IngestReport()
    done = 0

    def advance() -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, len(files))

    def reject(path: Path | str, reason: str) -> None:
        report.rejected.append((str(path), reason))
        if on_rejected:
            on_rejected(str(path), reason)

    for name, reason in report_rejected:
        reject(name, reason)
    if progress:
        progress(0, len(files))

    def page_jobs() -> Iterator[Job]:
        """A job for each new or changed file: its path, identity and what the archive holds of it. A new file
        is read where it is analysed; a stored one is read here first, and settled here when unchanged (a
        re-ingest of unchanged files starts no worker)."""
        with Session(engine) as session:
            known = store.stored_pages(session)
        seen: set[str] = set()
        for path, file in files:
            # Each identity is looked up in `known` once: a second file of the same name (stored meanwhile)
            # asks the database.
            if file in seen:
                with report.stages.stage("read"), Session(engine) as session:
                    existing = store.stored_page(session, file)
            else:
                existing = known.pop(file, None)
                seen.add(file)
            if existing is not None:
                try:
                    with report.stages.stage("read"):
                        unchanged = read_page(path, file).content_hash == existing.content_hash
                except FileRejected as error:
                    reject(path, str(error))
                    advance()
                    continue
                if unchanged:
                    report.unchanged += 1
                    advance()
                    continue
            yield (path, existing), (path, file, existing, tag)

    # Into an empty archive, the indexes only readers use are built at the end (app/archive/bulk.py), also
    # when the ingest stops early; after a crash, by the next command.
    first_store = True
    completed = False
    try:
        # closing(): an interrupted ingest stops its workers now, not whenever the generator is collected.
        with closing(ordered_map(read_and_analyse, page_jobs(), workers)) as results:
            for (path, existing), outcome in results:
                if isinstance(outcome, FileRejected):
                    reject(path, str(outcome))
                elif isinstance(outcome, Unchanged):
                    report.stages.add(outcome.seconds)
                    report.unchanged += 1
                else:
                    if existing is not None and another_file(existing.path, path):
                        report.notes.append(f"{path} replaces the page known as {outcome.page.file}, ingested from "
                                            f"{existing.path}; to keep both, ingest the folder that holds both")
                    report.stages.add(outcome.seconds)
                    with report.stages.stage("store"):
                        if first_store:
                            defer_indexes(engine)
                            first_store = False
                        with Session(engine) as session:
                            store_page(session, outcome, report)
                advance()
        completed = True
    finally:
        if not first_store and (settle or not completed):
            with report.stages.stage("store"):
                restore_indexes(engine)
    if report.files and settle:
        with report.stages.stage("store"):
            checkpoint(engine)
    report.seconds = time.perf_counter() - started
    return report


def settle_load(engine: Engine) -> None:
    """An ingest's last step: the indexes a load into an empty archive left out built again (app/archive/bulk.py),
    and the write-ahead log copied into the database."""
    restore_indexes(engine)
    checkpoint(engine)


@contextmanager
def settling_beside(engine: Engine, report: IngestReport) -> Iterator[None]:
    """Run `settle_load` in a thread while the block runs (the search index's build, which reads the articles by
    id and not through those indexes, in processes of its own); wait for it at the end, and count its seconds
    as the store's. Building a dozen indexes over every article reads the whole article table from disk and
    waits on it more than it computes; beside the build, that wait no longer stops the ingest."""
    if not report.files:
        yield
        return
    spent: dict[str, list[float]] = {}
    failed: list[BaseException] = []

    def settle() -> None:
        wall, cpu = time.perf_counter(), thread_cpu()
        try:
            settle_load(engine)
        except BaseException as error:  # raised again in the caller's thread
            failed.append(error)
        spent["store"] = [time.perf_counter() - wall, thread_cpu() - cpu]

    thread = threading.Thread(target=settle, name="settle-load")
    thread.start()
    try:
        yield
    finally:
        thread.join()
    report.stages.add(spent)
    # This process's CPU seconds while the block ran (the search index's, when it is timed) held the thread's too.
    report.stages.add({"index": [0.0, -spent["store"][1]]})
    if failed:
        raise failed[0]


def thread_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_THREAD)
    return usage.ru_utime + usage.ru_stime
