"""Files in, articles stored: read → decode → parse → tag places → store → index.

Each file is stored in its own transaction, so a bad file, a crash or Ctrl-C leaves the
database as it was before that file; the search index is brought up to date afterwards
and is rebuilt whenever its generation does not match the database's.
"""

import hashlib
import json
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session

from app.archive import write as store
from app.archive.bulk import defer_indexes, restore_indexes
from app.archive.db import checkpoint
from app.jobs.analysis import FileRejected, Tagger, analyse, no_places, outcome_of, outcomes_of
from app.jobs.stages import StageClock
from app.parsing import PageRejected, decode_page
from app.text import strip_xml_forbidden
from app.sources import MetaRejected, resolve_meta
from app.sources.masthead import without_masthead
from app.workers import interrupts_allowed, process_pool

PAGE_SUFFIX = ".txt"
META_SUFFIX = ".meta.json"
META_FIELDS = ("newspaper", "date", "edition")
PARALLEL_FROM_FILES = 50  # below this, starting worker processes costs more than it saves
# What one file may yield (and MAX_PAGE_ARTICLES, app/jobs/analysis.py). A printed page is tens of kilobytes,
# a few hundred lines and a few dozen articles; far beyond that a file is a dump or a log, and would cost the
# ingest (and the page view) memory in proportion.
MAX_PAGE_BYTES = 2 * 1024 * 1024
MAX_PAGE_LINES = 20_000
READ_ATTEMPTS = 3  # a file rewritten while it is read is read again, then rejected
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


def another_file(stored: str, path: Path) -> bool:
    """Whether the page stored from `stored` is a different file that still exists: two pages would be merged."""
    try:
        return Path(stored).is_file() and not Path(stored).samefile(path)
    except OSError:
        return False


def printed_as(page: Any) -> tuple[str, ...]:
    """Newspaper, date and edition from a page's metadata: a page's identity in print, when all are known."""
    known = (page.newspaper, page.date, page.edition)
    return tuple(known) if all(known) else ()


def read_sidecar(path: Path) -> tuple[dict[str, str | None], bytes]:
    sidecar = path.with_name(path.name.removesuffix(PAGE_SUFFIX) + META_SUFFIX)
    if not sidecar.is_file():
        return {}, b""
    raw = sidecar.read_bytes()
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise FileRejected(f"metadata {sidecar.name} is not valid JSON ({error})") from None
    if not isinstance(data, dict):
        raise FileRejected(f"metadata {sidecar.name} must be a JSON object")
    meta = {key: (str(data[key]).strip() if data.get(key) is not None else None) for key in META_FIELDS}
    if meta.get("edition") is None and data.get("page") is not None:
        meta["edition"] = str(data["page"])
    return meta, raw


def read_steady(path: Path) -> bytes:
    """The file's bytes, read while nobody was writing it: its size and modification time are the same
    before and after the read and match what was read. A file still being written is read again, a
    little later, and rejected if it never holds still (never stored half-read)."""
    for attempt in range(READ_ATTEMPTS):
        try:
            before = os.stat(path)
            if before.st_size > MAX_PAGE_BYTES:
                raise FileRejected(f"file of {before.st_size} bytes; a page is at most {MAX_PAGE_BYTES}")
            data = path.read_bytes()
            after = os.stat(path)
        except OSError as error:
            raise FileRejected(f"cannot be read ({error.strerror or error})") from None
        if before.st_size == after.st_size == len(data) and before.st_mtime_ns == after.st_mtime_ns:
            return data
        time.sleep(0.2 * (attempt + 1))
    raise FileRejected("the file changed while it was being read; ingest it again once it is written")


def read_page(path: Path, file: str | None = None) -> store.PageInput:
    if path.is_dir():
        raise FileRejected("is a folder, not a page file")
    data = read_steady(path)
    meta, meta_raw = read_sidecar(path)
    try:
        decoded = decode_page(data)
    except PageRejected as error:
        raise FileRejected(str(error)) from None
    try:
        found = resolve_meta(path, meta, decoded.text)
    except MetaRejected as error:
        raise FileRejected(str(error)) from None
    text = strip_xml_forbidden(decoded.text)
    lines = text.count("\n") + (not text.endswith("\n"))
    if lines > MAX_PAGE_LINES:
        raise FileRejected(f"{lines} lines; a newspaper page has at most {MAX_PAGE_LINES}")
    # The metadata as read is part of the hash: a new alias table or file name re-reads the page.
    stated = json.dumps([found.newspaper, found.canonical, found.date, found.edition, found.origin], ensure_ascii=False)
    digest = hashlib.sha256(data + b"\0" + meta_raw + b"\0" + stated.encode()).hexdigest()
    return store.PageInput(
        file=file or path.name, path=str(path), content_hash=digest, encoding=decoded.encoding, text=text,
        newspaper=found.newspaper, canonical_newspaper=found.canonical, date=found.date, edition=found.edition,
        meta_origin=found.origin,
    )


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


def store_page(session: Session, page_in: store.PageInput, rows: store.PageRows, report: IngestReport) -> None:
    store.store_rows(session, page_in, rows)  # the index follows the change record (indexing.catch_up)
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
                 on_rejected: Callable[[str, str], None] | None = None, workers: int = 1) -> IngestReport:
    """Ingest files; with `workers` > 1 a large ingest parses and tags in that many processes (`tag` must
    then be picklable), a small one stays in this process. `progress(done, total)` follows each file."""
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

    def changed_pages() -> Iterator[Job]:
        """An analysis job for each file that is new or changed; the others are settled here."""
        with Session(engine) as session:
            known = store.stored_pages(session)
        seen: set[str] = set()
        for path, file in files:
            try:
                with report.stages.stage("read"):
                    page_in = read_page(path, file)
            except FileRejected as error:
                reject(path, str(error))
                advance()
                continue
            # Each identity is looked up in `known` once: a second file of the same name (stored meanwhile)
            # asks the database.
            if page_in.file in seen:
                with report.stages.stage("read"), Session(engine) as session:
                    existing = store.stored_page(session, page_in.file)
            else:
                existing = known.pop(page_in.file, None)
                seen.add(page_in.file)
            if existing is not None and existing.content_hash == page_in.content_hash:
                report.unchanged += 1
                advance()
                continue
            if existing is not None and another_file(existing.path, path):
                if printed_as(existing) and printed_as(page_in) and printed_as(existing) != printed_as(page_in):
                    reject(path, f"another page ({' '.join(printed_as(existing))}) is already known as "
                                 f"{page_in.file} ({existing.path}); ingest the folder that holds both, so that "
                                 "each is known by its own path")
                    advance()
                    continue
                report.notes.append(f"{path} replaces the page known as {page_in.file}, ingested from "
                                    f"{existing.path}; to keep both, ingest the folder that holds both")
            yield (path, page_in), (without_masthead(page_in.text), tag)

    # Into an empty archive, the indexes only readers use are built at the end (app/archive/bulk.py), also
    # when the ingest stops early; after a crash, by the next command.
    first_store = True
    try:
        # closing(): an interrupted ingest stops its workers now, not whenever the generator is collected.
        with closing(ordered_map(analyse, changed_pages(), workers)) as results:
            for (path, page_in), outcome in results:
                if isinstance(outcome, FileRejected):
                    reject(path, str(outcome))
                else:
                    rows, seconds = outcome
                    report.stages.add(seconds)
                    with report.stages.stage("store"):
                        if first_store:
                            defer_indexes(engine)
                            first_store = False
                        with Session(engine) as session:
                            store_page(session, page_in, rows, report)
                advance()
    finally:
        if not first_store:
            with report.stages.stage("store"):
                restore_indexes(engine)
    if report.files:
        with report.stages.stage("store"):
            checkpoint(engine)
    report.seconds = time.perf_counter() - started
    return report
