"""A page file read, decoded and analysed where it is parsed: in an ingest worker, or in the command itself
for a small ingest.

The command hands a worker only the file's path, its identity and what the archive holds of it; the worker
reads and decodes the file, tells an unchanged one by its hash (and stops there), and sends back the page and
its rows as the store writes them. The page's text crosses between the processes once, not twice, and the
command reads only the files the archive already holds (to settle the unchanged ones without a worker). This
module imports nothing of the database, as app/jobs/analysis.py.
"""

import hashlib
import json
import os
import time
from pathlib import Path
from typing import Any, NamedTuple

from app.archive.rows import PageInput, PageRows, StoredPage
from app.jobs.analysis import FileRejected, Tagger, analyse
from app.jobs.stages import clock
from app.parsing import PageRejected, decode_page
from app.sources import MetaRejected, resolve_meta
from app.sources.masthead import without_masthead
from app.text import strip_xml_forbidden

PAGE_SUFFIX = ".txt"
META_SUFFIX = ".meta.json"
META_FIELDS = ("newspaper", "date", "edition")
# What one file may yield (and MAX_PAGE_ARTICLES, app/jobs/analysis.py). A printed page is tens of kilobytes,
# a few hundred lines and a few dozen articles; far beyond that a file is a dump or a log, and would cost the
# ingest (and the page view) memory in proportion.
MAX_PAGE_BYTES = 2 * 1024 * 1024
MAX_PAGE_LINES = 20_000
READ_ATTEMPTS = 3  # a file rewritten while it is read is read again, then rejected


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


def read_page(path: Path, file: str | None = None) -> PageInput:
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
    return PageInput(
        file=file or path.name, path=str(path), content_hash=digest, encoding=decoded.encoding, text=text,
        newspaper=found.newspaper, canonical_newspaper=found.canonical, date=found.date, edition=found.edition,
        meta_origin=found.origin,
    )


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


class Unchanged(NamedTuple):
    """A file whose hash is the stored page's: nothing to parse or store."""

    seconds: dict[str, list[float]]  # the reading's, for the stage clock


class Analysed(NamedTuple):
    page: PageInput
    rows: PageRows
    seconds: dict[str, list[float]]


def read_and_analyse(path: Path, file: str, stored: StoredPage | None, tag: Tagger) -> Unchanged | Analysed:
    """Read a page file and, unless the archive holds it as it is, parse and tag it. A file that would take
    the identity of another page, printed elsewhere, that still exists is rejected before its analysis."""
    with clock.stage("read"):
        page = read_page(path, file)
    if stored is not None and stored.content_hash == page.content_hash:
        return Unchanged(clock.take(("read",)))
    if (stored is not None and printed_as(stored) and printed_as(page) and printed_as(stored) != printed_as(page)
            and another_file(stored.path, path)):
        clock.take(("read",))
        raise FileRejected(f"another page ({' '.join(printed_as(stored))}) is already known as {page.file} "
                           f"({stored.path}); ingest the folder that holds both, so that each is known by its own path")
    rows, seconds = analyse(without_masthead(page.text), tag, page.file)
    return Analysed(page, rows, seconds)
