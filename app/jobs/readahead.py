"""Reads what searches touch into the system's page cache when a server starts and when its index moves to
a new build, so that the first readers after a start do not wait for the disk.

The search index's files are read in the order a search needs them (app.search.readorder); not the database, of
which a search reads some twenty rows. It is bounded by ``ZHENZHI_READ_AHEAD_MB`` and never takes more than half
the memory the system has available at that moment: what is already in the cache costs nothing, a part that does
not fit is left out (the next part may). It runs in a thread of its own at the lowest CPU and disk priority, one
chunk at a time, and a failure is one log line: the server answers from the disk as before.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable

from app import pagecache
from app.config import Settings
from app.pagecache import Span
from app.search import ArchiveIndex, folder
from app.search.readorder import ReadOrder, read_order

log = logging.getLogger("zhenzhi.readahead")
MB = 2**20


class Plan:
    """The spans to read within a budget, and what was left aside (bytes)."""

    def __init__(self, spans: Iterable[Span], budget: int) -> None:
        self.spans: list[Span] = []
        self.to_read = self.cached = self.left_out = 0
        for span in spans:
            try:
                have = pagecache.cached_bytes(span)
            except FileNotFoundError:  # a build removed meanwhile
                continue
            missing = span.length - have
            self.cached += have
            if missing <= 0:
                continue
            if missing > budget - self.to_read:
                self.left_out += missing
                continue
            self.spans.append(span)
            self.to_read += missing


def budget(settings: Settings) -> int:
    """Bytes that may be read ahead now: half the available memory, and no more than the setting."""
    available = pagecache.mem_available()
    if settings.read_ahead_mb == 0 or available is None:
        return 0
    half = available // 2
    return half if settings.read_ahead_mb < 0 else min(half, settings.read_ahead_mb * MB)


class ReadAhead:
    """One server process's read-ahead of the search index: at the start and whenever the live build is
    another (a rebuild by this process or any other). Asked on every search, it costs one readlink. The
    index's snapshot is opened meanwhile, so that the first search does not open it either."""

    def __init__(self, settings: Settings, index: ArchiveIndex | None = None) -> None:
        self.settings, self.index = settings, index
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._running = False
        self._build: str | None = None  # the build read ahead last (or now)
        self._opened_in = 0.0  # seconds the index took to open, last time

    def start(self) -> None:
        self._consider()

    def notice(self) -> None:
        """A search is about to run: read the live build ahead if it is not the one read last."""
        if self.settings.read_ahead_mb != 0 and self._live() != self._build:
            self._consider()

    def stop(self) -> None:
        self._stop.set()
        with self._lock:  # (a thread being started is started once the lock is free: only then can it be waited for)
            thread = self._thread
        if thread is not None:
            thread.join(10)

    def _live(self) -> str | None:
        return folder.live_target(self.settings.index_dir)

    def _consider(self) -> None:
        if self.settings.read_ahead_mb == 0:
            return
        try:
            with self._lock:
                if self._running or self._stop.is_set():
                    return  # the thread looks at the live build again when it is done
                self._running, self._build = True, self._live()
                thread = threading.Thread(target=self._run, args=(self._build,), daemon=True, name="zhenzhi-read-ahead")
                thread.start()
                self._thread = thread  # (kept only once started: `stop` waits for it)
        except Exception as error:
            self._running = False  # no thread to be had: the server answers from the disk
            log.warning("reading the search index ahead could not start: %s", f"{type(error).__name__}: {error}")

    def _open_index(self) -> threading.Thread | None:
        """Open the index's snapshot (its per-document arrays: seconds of CPU at a million articles) in a
        thread of ordinary priority beside the reading, so that the first search finds it open."""
        if self.index is None:
            return None
        index = self.index

        def open_and_time() -> None:
            started = time.monotonic()
            try:
                index.readable()
            except Exception as error:  # the first search opens it, and says what is wrong
                log.warning("opening the search index ahead failed (%s)", f"{type(error).__name__}: {error}")
            self._opened_in = time.monotonic() - started

        thread = threading.Thread(target=open_and_time, daemon=True, name="zhenzhi-open-index")
        thread.start()
        return thread

    def _run(self, build: str | None) -> None:
        started = time.monotonic()
        opening = self._open_index() if build else None
        pagecache.yield_to_others()
        cpu = time.thread_time()
        try:
            order = read_order(self.settings.index_dir / build) if build else ReadOrder([], [])
            # Not the database: a search reads some twenty of its rows, and its gigabytes would only
            # push the index out of the cache.
            plan = Plan(order.opening + order.rest, budget(self.settings))
            done = pagecache.read_ahead(plan.spans, self._stop)
            read_s, cpu = time.monotonic() - started, time.thread_time() - cpu
            if opening is not None:
                opening.join()
            parts = [f"the search index ({build}; opened in {self._opened_in:.1f} s)"] if build else []
            what = " and ".join(parts) or "nothing"
            limit = (f" or ZHENZHI_READ_AHEAD_MB={self.settings.read_ahead_mb}"
                     if self.settings.read_ahead_mb > 0 else "")
            left_out = (f", {plan.left_out / MB:.1f} MB left out (more than half the available memory{limit})"
                        if plan.left_out else "")
            # `done` also counts the cached parts of a file read because some of it was not
            log.info("read ahead %s: %.1f MB that were not cached, in %.1f s (CPU %.1f s); %.1f MB were cached "
                     "already%s", what, min(plan.to_read, done) / MB, read_s, cpu, plan.cached / MB, left_out)
        except Exception as error:
            log.warning("reading the search index ahead failed (%s); searches read from the disk",
                        f"{type(error).__name__}: {error}")
        with self._lock:
            self._running = False
        if not self._stop.is_set() and self._live() != build:  # the index moved on meanwhile
            self._consider()
