"""Responses for downloads and feeds: streamed CSV/NDJSON and Atom documents."""

from collections.abc import Iterable
from typing import Any

from fastapi import HTTPException, Request
from fastapi.responses import Response, StreamingResponse

from app.archive.queries.filters import ArticleFilters
from app.formats.atom import atom_feed
from app.formats.exports import as_csv, as_ndjson, content_disposition, file_name

FEED_SIZE = 50
FORMATS = {"csv": ("text/csv; charset=utf-8", as_csv), "ndjson": ("application/x-ndjson; charset=utf-8", as_ndjson)}


def check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise HTTPException(404, "export formats are csv and ndjson")


def period_words(filters: ArticleFilters) -> str | None:
    """2022 for from=2022&to=2022, 2019_2022 for a range, 2019_ or _2022 for an open one."""
    if not filters.dated():
        return None
    if filters.date_from == filters.date_to:
        return filters.date_from
    return f"{filters.date_from or ''}_{filters.date_to or ''}"


def download(request: Request, records: Iterable[dict[str, Any]], fmt: str, kind: str, *,
             filters: ArticleFilters, q: str | None = None) -> StreamingResponse:
    check_format(fmt)
    media_type, encode = FORMATS[fmt]
    places = [filters.city, filters.county, filters.town, filters.author, filters.newspaper, filters.kind]
    name = file_name(kind, [q, *places, period_words(filters)], fmt)
    base = str(request.base_url).rstrip("/")
    return StreamingResponse(encode(records, base), media_type=media_type,
                             headers={"Content-Disposition": content_disposition(name)})


def atom_response(request: Request, *, title: str, page_url: str, records: list[dict[str, Any]]) -> Response:
    base = str(request.base_url).rstrip("/")
    feed_url = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    body = atom_feed(title=title, feed_url=feed_url, page_url=page_url, records=records, base_url=base)
    return Response(body, media_type="application/atom+xml; charset=utf-8")
