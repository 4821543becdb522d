"""Source pages: a newspaper page as ingested, each article's lines marked (a page and its JSON twin)."""

from typing import Annotated, Any

from fastapi import APIRouter, Path, Request
from fastapi.responses import HTMLResponse

from app.archive.queries.sources import source_page
from app.archive.records import page_url
from app.web.deps import SessionDep, not_found
from app.web.openapi import answers
from app.web.schemas import Page as PageSchema
from app.web.templating import render

router = APIRouter()
File = Annotated[str, Path(max_length=1000, description="the page file's path under the folder it was ingested "
                                                      "from, each part URL-encoded", examples=["000_553706940eb336c9.txt"])]


def known_page(request: Request, session: SessionDep, file: str) -> dict[str, Any]:
    data = source_page(session, file)
    if data is None:
        raise not_found(request, f"no page file named {file!r}", f"没有名为 {file} 的版面文件")
    return data


@router.get("/api/pages/{file:path}", tags=["api"], response_model=None, responses=answers(PageSchema, 404))
def api_source_page(request: Request, session: SessionDep, file: File) -> dict[str, Any]:
    """A source page as ingested: its lines, each with the article it went into."""
    return known_page(request, session, file)


@router.get("/pages/{file:path}", response_class=HTMLResponse, include_in_schema=False)
def source(request: Request, session: SessionDep, file: File) -> HTMLResponse:
    return render(request, "source.html", {"p": known_page(request, session, file),
                                           "json_url": page_url(file, api=True)})
