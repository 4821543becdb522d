"""Source pages: a newspaper page as ingested, each article's lines marked (a page and its JSON twin)."""

from typing import Annotated, Any

from fastapi import APIRouter, Path, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from app.archive.queries.sources import renamed_page, source_page
from app.archive.records import page_url
from app.web.deps import PageNumber, SessionDep, not_found
from app.web.errors import wants_json
from app.web.openapi import answers
from app.web.schemas import Page as PageSchema
from app.web.templating import render
from app.web.json_route import JsonRoute

router = APIRouter(route_class=JsonRoute)
File = Annotated[str, Path(max_length=1000, description="the page file's path under the folder it was ingested "
                                                      "from, each part URL-encoded",
                           examples=["000_553706940eb336c9.txt"])]


def known_page(request: Request, session: SessionDep, file: str, part: int) -> dict[str, Any] | Response:
    """The page (one part of its lines), or a redirect when it was renamed (an older name of the same file)."""
    data = source_page(session, file, part)
    if data is not None:
        return data
    if (new_name := renamed_page(session, file)) is not None:
        return RedirectResponse(page_url(new_name, api=wants_json(request)), status_code=301)
    raise not_found(request, f"no page file named {file!r}", f"没有名为 {file} 的版面文件")


@router.get("/api/pages/{file:path}", tags=["api"], response_model=None, responses=answers(PageSchema, 404))
def api_source_page(request: Request, session: SessionDep, file: File, page: PageNumber = 1) -> Any:
    """A source page as ingested: its lines (500 per page of the answer), each with the article it went into."""
    return known_page(request, session, file, page)


@router.get("/pages/{file:path}", response_class=HTMLResponse, include_in_schema=False)
def source(request: Request, session: SessionDep, file: File, page: PageNumber = 1) -> Response:
    data = known_page(request, session, file, page)
    if isinstance(data, Response):
        return data
    json_url = page_url(file, api=True) + (f"?page={page}" if page > 1 else "")
    return render(request, "source.html", {"p": data, "json_url": json_url})
