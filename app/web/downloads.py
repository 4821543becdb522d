"""Responses for downloads and feeds: streamed CSV/NDJSON, citations and Atom documents."""

from collections.abc import Iterable
from datetime import date
from typing import Any

from fastapi import HTTPException, Request
from fastapi.responses import Response, StreamingResponse

from app.formats import citation
from app.formats.atom import atom_feed
from app.formats.exports import as_csv, as_ndjson

FEED_SIZE = 50
TABLE_MEDIA = {"text/csv": "id,kind,title,…", "application/x-ndjson": '{"id": 1527380065032430, …}'}
CITATION_MEDIA = {media: example for media, example in (
    ("application/x-research-info-systems", "TY  - NEWS"), ("application/x-bibtex", "@article{zhenzhi1527380065032430, …}"),
    ("application/vnd.citationstyles.csl+json", '[{"type": "article-newspaper", …}]'))}
FORMATS = {"csv": ("text/csv; charset=utf-8", as_csv), "ndjson": ("application/x-ndjson; charset=utf-8", as_ndjson)}


def download(records: Iterable[dict[str, Any]], fmt: str, name: str) -> StreamingResponse:
    if fmt not in FORMATS:
        raise HTTPException(404, "export formats are csv and ndjson")
    media_type, encode = FORMATS[fmt]
    headers = {"Content-Disposition": f'attachment; filename="{name}.{fmt}"'}
    return StreamingResponse(encode(records), media_type=media_type, headers=headers)


def atom_response(request: Request, *, title: str, page_url: str, records: list[dict[str, Any]]) -> Response:
    base = str(request.base_url).rstrip("/")
    feed_url = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    body = atom_feed(title=title, feed_url=feed_url, page_url=page_url, records=records, base_url=base)
    return Response(body, media_type="application/atom+xml; charset=utf-8")


def absolute(request: Request, path: str) -> str:
    return str(request.base_url).rstrip("/") + path


def citation_facts(request: Request, records: Iterable[dict[str, Any]]) -> list[citation.Facts]:
    today = date.today()
    return [citation.facts(r, absolute(request, r["url"]), today) for r in records]


def citation_download(request: Request, records: Iterable[dict[str, Any]], fmt: str, name: str) -> Response:
    """Records as a citation file for a reference manager (RIS, BibTeX or CSL-JSON)."""
    if fmt not in citation.FORMATS:
        raise HTTPException(404, "citation formats are ris, bib and csl.json")
    render, media_type = citation.FORMATS[fmt]
    headers = {"Content-Disposition": f'attachment; filename="{name}.{fmt}"'}
    return Response(render(citation_facts(request, records)), media_type=f"{media_type}; charset=utf-8",
                    headers=headers)
