"""Answers kept per generation (the place tree, the counts, articles per day) computed in the background
when a server starts and whenever the archive's generation moves, so that the first reader after an
ingest does not wait for a scan of every article."""

import logging
import threading
import time
from collections.abc import Callable

from sqlalchemy.engine import Engine
from sqlmodel import Session

from app.archive.meta import archive_state
from app.archive.queries.articles import article_total
from app.archive.queries.filters import ArticleFilters
from app.archive.queries.places import largest_places, place_people, place_tree
from app.archive.queries.stats import counts
from app.archive.queries.timeline import days_in_archive, days_of_filtered, page_days

log = logging.getLogger("zhenzhi.warm")
# Each computed once per generation (app.archive.meta.per_generation).
AHEAD = (place_tree, counts, article_total, page_days, days_in_archive)
# The places with the most articles, whose people and chart are a scan of most of the archive: counted
# ahead too, so that the first reader of a city's page does not wait for them.
LARGEST_AHEAD = 12


def warm(engine: Engine) -> None:
    """Compute the answers kept per generation for the archive's generation now."""
    with Session(engine) as session:
        for compute in AHEAD:
            compute(session)
        for place in largest_places(place_tree(session), LARGEST_AHEAD):
            place_people(session, place.code)
            days_of_filtered(session, ArticleFilters(**{place.level: place.code}))


class Warmer:
    """Warms the answers of each new generation in a thread of its own. While an ingest moves the
    generation page after page, it rests as long as its last warm-up took before the next one (at most
    half a core); readers meanwhile compute what they need themselves, once."""

    def __init__(self, engine: Engine, clock: Callable[[], float] = time.monotonic):
        self.engine, self.clock = engine, clock
        self._lock = threading.Lock()
        self._running = False
        self._warmed: int | None = None  # the last generation warmed (or being warmed)
        self._not_before = 0.0
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Warm the answers of the archive as it stands when the server starts."""
        try:
            generation = archive_state(self.engine)[0]
        except Exception:  # no archive yet: the first request says so
            return
        self.notice(generation)

    def stop(self) -> None:
        """Wait for a warm-up under way (before the engine it reads from is closed)."""
        with self._lock:  # (a thread being started is started once the lock is free: only then can it be waited for)
            thread = self._thread
        if thread is not None:
            thread.join()

    def notice(self, generation: int) -> None:
        """The archive is at `generation`: warm its answers unless that is done or under way."""
        with self._lock:
            if self._running or generation == self._warmed or self.clock() < self._not_before:
                return
            thread = threading.Thread(target=self._run, daemon=True, name="zhenzhi-warm")
            try:
                thread.start()
            except RuntimeError as error:  # no thread to be had: readers compute what they need themselves
                log.warning("computing the archive's counts ahead could not start: %s", error)
                return
            self._running, self._warmed, self._thread = True, generation, thread

    def _run(self) -> None:
        started = self.clock()
        try:
            warm(self.engine)
        except Exception as error:  # a reader will compute it, and say what is wrong
            log.warning("computing the archive's counts ahead failed: %s", f"{type(error).__name__}: {error}")
        finally:
            with self._lock:
                self._running = False
                self._not_before = 2 * self.clock() - started
