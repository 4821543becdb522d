"""Jinja2 templates, shared by every page."""

from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from app.archive.records import line_url, page_url
from app.config import resource_dir
from app.sources.dates import chinese_date, edition_label
from app.web.reader import in_chinese

templates = Jinja2Templates(directory=str(resource_dir("templates")))


def url_with(request: Request, **changes: Any) -> str:
    """The current URL with some query parameters changed (None removes one)."""
    params = dict(request.query_params)
    for key, value in changes.items():
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = str(value)
    query = urlencode(params)
    return f"{request.url.path}?{query}" if query else request.url.path


def line_span(line_range: list[int]) -> str:
    """"80" for one line, "80–82" for several: a reader's way of naming lines."""
    first, last = line_range
    return str(first) if first == last else f"{first}–{last}"


templates.env.globals["url_with"] = url_with
templates.env.filters["cndate"] = chinese_date
templates.env.filters["edition"] = edition_label
templates.env.filters["in_chinese"] = in_chinese
templates.env.globals["page_url"] = page_url
templates.env.globals["line_url"] = line_url
templates.env.filters["line_span"] = line_span


def render(request: Request, name: str, context: dict[str, Any], status_code: int = 200,
           headers: dict[str, str] | None = None) -> HTMLResponse:
    return templates.TemplateResponse(request=request, name=name, context=context, status_code=status_code,
                                      headers=headers)
