"""Source pages: a newspaper page as ingested, each article's lines marked (a page and its JSON twin)."""

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Path, Request
from fastapi.responses import HTMLResponse

from app.archive.queries.sources import source_page
from app.web.deps import PageNumber, SessionDep, found
from app.web.templating import render

router = APIRouter()
File = Annotated[str, Path(max_length=255)]


def known_page(request: Request, session: SessionDep, file: str, part: int) -> dict[str, Any]:
    return found(request, source_page(session, file, part), f"no page file named {file!r}",
                 f"没有名为 {file} 的版面文件")


@router.get("/api/pages/{file}", tags=["api"])
def api_source_page(request: Request, session: SessionDep, file: File, page: PageNumber = 1) -> dict[str, Any]:
    """A source page as ingested: its lines (500 per page of the answer), each with the article it went into."""
    return known_page(request, session, file, page)


@router.get("/pages/{file}", response_class=HTMLResponse, include_in_schema=False)
def source(request: Request, session: SessionDep, file: File, page: PageNumber = 1) -> HTMLResponse:
    return render(request, "source.html", {"p": known_page(request, session, file, page),
                                           "json_url": f"/api/pages/{quote(file)}?page={page}"})
