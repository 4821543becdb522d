"""Responses for downloads and feeds: streamed CSV/NDJSON, citations and Atom documents.

A download streams for as long as the client reads, so only a few run at once in a process (one more
is a 503 with Retry-After, never a wait that starves the pages). A download that fails half-way must
not look complete: the error propagates and the server aborts the connection (no final chunk), which
clients report as a broken transfer.
"""

import threading
from collections.abc import Iterable, Iterator
from typing import Any

from fastapi import HTTPException, Request
from fastapi.responses import Response, StreamingResponse

from app import clock
from app.archive.queries.filters import ArticleFilters
from app.formats import citation
from app.formats.atom import atom_feed
from app.formats.exports import as_csv, as_ndjson, content_disposition, file_name
from app.web.deps import public_url

FEED_SIZE = 50
TABLE_MEDIA = {"text/csv": "id,kind,title,…", "application/x-ndjson": '{"id": 1527380065032430, …}'}
ATOM_MEDIA = {"application/atom+xml": '<feed xmlns="http://www.w3.org/2005/Atom">…</feed>'}
CITATION_MEDIA = {media: example for media, example in (
    ("application/x-research-info-systems", "TY  - NEWS"),
    ("application/x-bibtex", "@article{zhenzhi1527380065032430, …}"),
    ("application/vnd.citationstyles.csl+json", '[{"type": "article-newspaper", …}]'))}
FORMATS = {"csv": ("text/csv; charset=utf-8", as_csv), "ndjson": ("application/x-ndjson; charset=utf-8", as_ndjson)}
CHUNK_CHARS = 32_768  # rows are sent in pieces of about this size: fewer hops between threads
RETRY_AFTER_S = 10


class ExportSlots:
    def __init__(self, slots: int):
        self._free = threading.BoundedSemaphore(max(1, slots))

    def take(self) -> None:
        if not self._free.acquire(blocking=False):
            raise HTTPException(503, "too many downloads at once; try again shortly",
                                headers={"Retry-After": str(RETRY_AFTER_S)})

    def streamed(self, pieces: Iterator[str]) -> Iterator[str]:
        """Yield `pieces` in larger chunks and give the slot back when the stream ends, however it ends."""
        try:
            buffer: list[str] = []
            size = 0
            for piece in pieces:
                buffer.append(piece)
                size += len(piece)
                if size >= CHUNK_CHARS:
                    yield "".join(buffer)
                    buffer, size = [], 0
            if buffer:
                yield "".join(buffer)
        finally:
            self._free.release()


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
    slots: ExportSlots = request.app.state.export_slots
    slots.take()
    headers = {"Content-Disposition": content_disposition(name), "Cache-Control": "no-store"}
    return StreamingResponse(slots.streamed(encode(records, public_url(request, ""))), media_type=media_type,
                             headers=headers)


def atom_response(request: Request, *, title: str, page_url: str, records: list[dict[str, Any]]) -> Response:
    base = public_url(request, "")
    feed_url = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    body = atom_feed(title=title, feed_url=feed_url, page_url=page_url, records=records, base_url=base)
    return Response(body, media_type="application/atom+xml; charset=utf-8")


def citation_facts(request: Request, records: Iterable[dict[str, Any]]) -> list[citation.Facts]:
    today = clock.today()
    return [citation.facts(r, public_url(request, r["url"]), today) for r in records]


def citation_download(request: Request, records: Iterable[dict[str, Any]], fmt: str, name: str) -> Response:
    """Records as a citation file for a reference manager (RIS, BibTeX or CSL-JSON)."""
    if fmt not in citation.FORMATS:
        raise HTTPException(404, "citation formats are ris, bib and csl.json")
    render, media_type = citation.FORMATS[fmt]
    headers = {"Content-Disposition": f'attachment; filename="{name}.{fmt}"'}
    return Response(render(citation_facts(request, records)), media_type=f"{media_type}; charset=utf-8",
                    headers=headers)
