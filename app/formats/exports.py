"""Listings and searches as CSV or NDJSON, streamed row by row instead of built in memory.

Both always carry the page's newspaper, date and edition (empty or null when unknown) and the
article's absolute URL, so a downloaded file stands on its own.
"""

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import quote

CSV_COLUMNS = ("id", "kind", "title", "kicker", "subtitle", "authors", "city", "county", "town", "place_code",
               "newspaper", "date", "edition", "file", "lines", "url", "excerpt")
SOURCE_FIELDS = ("newspaper", "date", "edition")


def absolute(record: dict[str, Any], base_url: str) -> dict[str, Any]:
    """The record with an absolute `url` and top-level newspaper, date and edition (None when unknown)."""
    source = record.get("source") or {}
    return {**record, **{key: source.get(key) for key in SOURCE_FIELDS},
            "url": base_url + record.get("url", "")}


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(cell: str) -> str:
    """A cell a spreadsheet would run as a formula is shown as text instead (an apostrophe in front, as
    OWASP recommends): page text such as =HYPERLINK(…) must not become a live link or a command."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def csv_row(record: dict[str, Any]) -> list[str]:
    return [neutralised(cell) for cell in csv_cells(record)]


def csv_cells(record: dict[str, Any]) -> list[str]:
    place = record.get("place") or {}
    source = record.get("source") or {}
    return [
        str(record["id"]), record["kind"], record.get("title") or "", record.get("kicker") or "",
        record.get("subtitle") or "", "；".join(record.get("authors") or []), place.get("city") or "",
        place.get("county") or "", place.get("town") or "", place.get("code") or "",
        *(source.get(key) or "" for key in SOURCE_FIELDS), source.get("file", ""),
        json.dumps(source.get("lines", [])), record.get("url", ""),
        record.get("excerpt") or record.get("body") or "",
    ]


def as_csv(records: Iterable[dict[str, Any]], base_url: str = "") -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    buffer.write("\ufeff")  # so spreadsheet programs read the Chinese text as UTF-8
    writer.writerow(CSV_COLUMNS)
    for record in records:
        writer.writerow(csv_row(absolute(record, base_url)))
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def as_ndjson(records: Iterable[dict[str, Any]], base_url: str = "") -> Iterator[str]:
    for record in records:
        yield json.dumps(absolute(record, base_url), ensure_ascii=False) + "\n"


def file_name(kind: str, parts: Iterable[str | None], fmt: str) -> str:
    """What the file holds, in its name: `search-垃圾分类-2022.csv`, `articles-苏州日报-2019_2022.csv`."""
    words = [re.sub(r"[\\/:*?\"<>|\s]+", "_", part).strip("_.")[:40] for part in parts if part]
    return "-".join([kind, *(w for w in words if w)]) + f".{fmt}"


def content_disposition(name: str) -> str:
    """An attachment named `name`: an ASCII fallback and the full name as RFC 5987 `filename*`."""
    stem, _, ext = name.rpartition(".")
    ascii_words = (re.sub(r"[^A-Za-z0-9_]+", "", word) for word in stem.split("-"))
    fallback = "-".join(word for word in ascii_words if word) + f".{ext}"
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"
