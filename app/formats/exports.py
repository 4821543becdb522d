"""Listings and searches as CSV or NDJSON, streamed row by row instead of built in memory."""

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

CSV_COLUMNS = ("id", "kind", "title", "kicker", "subtitle", "authors", "city", "county", "town", "place_code",
               "file", "lines", "url", "excerpt")


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
        place.get("county") or "", place.get("town") or "", place.get("code") or "", source.get("file", ""),
        json.dumps(source.get("lines", [])), record.get("url", ""),
        record.get("excerpt") or record.get("body") or "",
    ]


def as_csv(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    buffer.write("\ufeff")  # so spreadsheet programs read the Chinese text as UTF-8
    writer.writerow(CSV_COLUMNS)
    for record in records:
        writer.writerow(csv_row(record))
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def as_ndjson(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    for record in records:
        yield json.dumps(record, ensure_ascii=False) + "\n"
