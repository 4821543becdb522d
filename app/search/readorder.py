"""What of a build's files a search reads, most needed first: for reading them into the system's page
cache before readers come (app.jobs.readahead).

1. the small files and the per-document columns a snapshot reads when it opens (meta, facets, …);
2. every postings file's term dictionaries and layout: each term a search looks up is found there, by
   a binary search that touches a page at every step, in every segment;
3. the posting lists, the bulk of the index;
4. the "more like this" keys (``sig``), read one document at a time by article pages.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import NamedTuple

import numpy as np

from app.pagecache import Span, whole

from .postings import MAGIC
from .writer import POSTINGS_EXT

LATE_COLUMNS = (".sig.col",)


class ReadOrder(NamedTuple):
    """A build's spans in the order a search needs them: `opening` what a snapshot reads as it opens and
    every term lookup touches (1 and 2 above), `rest` the posting lists and the late columns (3 and 4)."""

    opening: list[Span]
    rest: list[Span]


def read_order(build: Path) -> ReadOrder:
    """The spans of a build's files, most needed first (a build removed meanwhile has none)."""
    try:
        files = sorted(p for p in build.iterdir() if p.is_file() and not p.name.startswith("."))
    except FileNotFoundError:
        return ReadOrder([], [])
    postings = [p for p in files if p.name.endswith(POSTINGS_EXT)]
    late = [p for p in files if p.name.endswith(LATE_COLUMNS)]
    first = [_whole(p) for p in files if p not in postings and p not in late]
    dictionaries: list[Span] = []
    lists: list[Span] = []
    for path in postings:
        try:
            tables, blobs = _postings_spans(path)
        except FileNotFoundError:
            continue
        except (OSError, ValueError, KeyError, TypeError):  # not a postings file as this version writes them
            tables, blobs = [Span(path, 0, os.path.getsize(path))], []
        dictionaries += tables
        lists += blobs
    return ReadOrder([s for s in first + dictionaries if s.length > 0],
                     [s for s in lists + [_whole(p) for p in late] if s.length > 0])


def _whole(path: Path) -> Span:
    try:
        return whole(path)
    except FileNotFoundError:  # removed meanwhile
        return Span(path, 0, 0)


def _postings_spans(path: Path) -> tuple[list[Span], list[Span]]:
    """A postings file's term tables with its footer, and its posting lists (app.search.postings: each
    field's blob of lists, then its tables; the JSON footer last, its length in the file's last 8 bytes)."""
    size = os.path.getsize(path)
    with open(path, "rb") as f:
        if f.read(len(MAGIC)) != MAGIC:
            raise ValueError(f"not a postings file: {path}")
        f.seek(size - 8)
        footer = int.from_bytes(f.read(8), "little")
        f.seek(size - 8 - footer)
        layout = json.loads(f.read(footer).decode("utf-8"))
    tables, blobs = [Span(path, 0, len(MAGIC)), Span(path, size - 8 - footer, footer + 8)], []
    for entry in layout["fields"].values():
        start = entry["keys"][0]
        end = max(at + n * np.dtype(dtype).itemsize
                  for at, dtype, n in (entry[k] for k in ("keys", "offsets", "counts", "comp")))
        tables.append(Span(path, start, min(end, size) - start))
        blobs.append(Span(path, entry["blob"], start - entry["blob"]))
    return tables, blobs
