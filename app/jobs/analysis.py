"""A page's analysis (parse, tag, the rows the store writes), as ingest workers run it.

A worker process imports this module and what it uses, nothing of the database: the fewer libraries a
worker imports, the sooner it starts.
"""

import gc
import logging
from collections.abc import Callable
from typing import Any

from app.archive.rows import PageRows, page_rows
from app.jobs.stages import clock
from app.parsing import ParsedArticle, parse_page

MAX_PAGE_ARTICLES = 400  # what one page may yield (see app/jobs/reading.py)
log = logging.getLogger("zhenzhi.ingest")

Tagger = Callable[[list[ParsedArticle]], list]


class FileRejected(Exception):
    """A file that cannot go into the archive; the message is the one-line reason."""


def no_places(articles: list[ParsedArticle]) -> list:
    return [None] * len(articles)


ANALYSIS_STAGES = ("read", "parse", "places", "people", "store")  # read: app/jobs/reading.py


def analyse(text: str, tag: Tagger, file: str | None = None) -> tuple[PageRows, dict[str, list[float]]]:
    """Parse a page and tag its places: the CPU-heavy step, done in worker processes for large ingests.
    Returns the articles as the store writes them (with their ids, given the page's `file`) and the seconds
    each stage took here."""
    # A page's tags and rows, like its parse, are tens of thousands of short-lived objects that reference
    # counting frees: the cyclic collector rests until the page is done (its full walks, set off again and
    # again meanwhile, were a fortieth of an ingest), and finds what little is left at its next turn.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _analysed(text, tag, file)
    finally:
        if collecting:
            gc.enable()


def _analysed(text: str, tag: Tagger, file: str | None) -> tuple[PageRows, dict[str, list[float]]]:
    try:
        with clock.stage("parse"):
            parsed = parse_page(text)
    except Exception as error:  # a parser bug on one odd page must not stop the others
        raise FileRejected(f"could not be parsed ({type(error).__name__}: {error})") from None
    if not parsed:
        raise FileRejected("no articles found in the text")
    if len(parsed) > MAX_PAGE_ARTICLES:
        raise FileRejected(f"{len(parsed)} articles; a newspaper page has at most {MAX_PAGE_ARTICLES}")
    try:
        tags = tag(parsed)
    except Exception as error:  # a tagger bug on one odd page: its articles go in untagged (`retag` mends them)
        log.warning("%s: stored without places and people (%s: %s)", file or "a page", type(error).__name__, error)
        tags = no_places(parsed)
    with clock.stage("store"):  # the rows' values are the store's work, done here beside the parse
        rows = page_rows(parsed, tags, file)
    return rows, clock.take(ANALYSIS_STAGES)


def outcome_of(function: Callable, args: tuple) -> Any:
    try:
        return function(*args)
    except FileRejected as error:
        return error


def outcomes_of(function: Callable, jobs: list[tuple]) -> list[Any]:
    """In a worker: the result or FileRejected of each job of a task."""
    return [outcome_of(function, args) for args in jobs]
