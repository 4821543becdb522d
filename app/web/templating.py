"""Jinja2 templates, shared by every page."""

from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from app.config import resource_dir
from app.sources.dates import chinese_date, edition_label

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


templates.env.globals["url_with"] = url_with
templates.env.filters["cndate"] = chinese_date
templates.env.filters["edition"] = edition_label


def render(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> HTMLResponse:
    return templates.TemplateResponse(request=request, name=name, context=context, status_code=status_code)
