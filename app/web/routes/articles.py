"""Articles: the listing and one article, each as a page and its JSON twin, and listing downloads."""

from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Path, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response, StreamingResponse
from sqlmodel import Session

from app.archive.queries.articles import get_article, iter_articles, list_articles, summaries
from app.archive.queries.filters import ArticleFilters
from app.archive.queries.places import place_codes
from app.archive.queries.retired import retired_article
from app.archive.records import article_url, page_url
from app.formats.citation import coins, gbt7714, highwire_tags
from app.web.deps import (FiltersDep, IndexDep, ListingSort, PageNumber, PerPage, SessionDep, not_found,
                          public_url)
from app.web.errors import wants_json
from app.web.downloads import CITATION_MEDIA, TABLE_MEDIA, citation_download, citation_facts, download
from app.web.openapi import RETIRED, answers
from app.web.schemas import ArticleRecord, Listing
from app.web.templating import render
from app.web.json_route import JsonRoute

router = APIRouter(route_class=JsonRoute)
ArticleId = Annotated[int, Path(ge=1, le=2**62, description="the article's permanent id", examples=[2193188722257])]


@router.get("/api/articles", tags=["api"], response_model=None, responses=answers(Listing, 404))
def api_articles(session: SessionDep, filters: FiltersDep, page: PageNumber = 1, per_page: PerPage = 20,
                 sort: ListingSort = "newest") -> dict[str, Any]:
    """Articles, newest (or oldest) page first, filtered by place (name or code), author, kind, newspaper
    and period (from/to)."""
    return list_articles(session, filters, page=page, per_page=per_page, sort=sort).as_json()


def stream_listing(request: Request, filters: ArticleFilters, sort: str) -> Iterator[dict[str, Any]]:
    # Its own session: the response streams after the request's dependencies have closed theirs.
    with Session(request.app.state.engine) as session:
        yield from iter_articles(session, filters, sort=sort)


@router.get("/api/articles.{fmt}", tags=["downloads"], responses=answers(None, 404, media=TABLE_MEDIA))
def export_articles(request: Request, filters: FiltersDep,
                    fmt: Annotated[str, Path(pattern="^(csv|ndjson)$", description="csv or ndjson", examples=["csv"])],
                    sort: ListingSort = "newest") -> StreamingResponse:
    """Every article matching the filters as CSV or NDJSON, streamed."""
    return download(request, stream_listing(request, filters, sort), fmt, "articles", filters=filters)


CITATION_FORMAT = Annotated[str, Path(pattern="^(ris|bib|csl\\.json)$", description="ris, bib or csl.json",
                                      examples=["ris"])]


@router.get("/api/articles/{article_id:int}.{fmt}", tags=["downloads"],
             responses=answers(None, 404, media=CITATION_MEDIA, **RETIRED))
def article_citation(request: Request, session: SessionDep, article_id: ArticleId, fmt: CITATION_FORMAT) -> Response:
    """The article's citation for a reference manager: RIS, BibTeX or CSL-JSON."""
    record = get_article(session, article_id)
    if record is None:
        return retired_answer(request, session, article_id, suffix=f".{fmt}")
    return citation_download(request, [record], fmt, f"zhenzhi-{article_id}")


@router.get("/api/articles/{article_id}", tags=["api"], response_model=None,
             responses=answers(ArticleRecord, 404, **RETIRED))
def api_article(request: Request, session: SessionDep, article_id: ArticleId) -> Any:
    """One article record; a changed article's old id redirects to its successor, a gone one is 410."""
    record = get_article(session, article_id)
    if record is None:
        return retired_answer(request, session, article_id)
    return record


def related_articles(session: Session, index: Any, article_id: int, n: int = 5) -> list[dict]:
    """"More like this" from the search index; an index still being built just gives none."""
    try:
        ids = index.more_like_this(article_id, n=n)
    except Exception:  # the page must not fail because the index is missing or rebuilding
        return []
    records = {r["id"]: r for r in summaries(session, ids)}
    return [records[i] for i in ids if i in records]


@router.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
def article(request: Request, session: SessionDep, index: IndexDep, article_id: ArticleId) -> Response:
    record = get_article(session, article_id)
    if record is None:
        return retired_answer(request, session, article_id)
    permalink = public_url(request, record["url"])
    facts = citation_facts(request, [record])[0]
    context = {"a": record, "json_url": f"/api/articles/{article_id}", "permalink": permalink,
               "cite": gbt7714(facts), "meta_tags": highwire_tags(facts), "coins": coins(facts),
               "codes": place_codes(session, article_id), "related": related_articles(session, index, article_id)}
    return render(request, "article.html", context)


def retired_answer(request: Request, session: Session, article_id: int, suffix: str = "") -> Response:
    """An id the archive once served: a redirect to its one successor, a list of several (300), or 410
    with a link to its page; an id it never served is 404."""
    api = wants_json(request)
    retired = retired_article(session, article_id)
    if retired is None:
        raise not_found(request, f"no article with id {article_id}", f"没有编号为 {article_id} 的文章")
    no_cache = {"Cache-Control": "no-cache"}  # an edit may be undone: the old id must not stick to the new one
    if len(retired.successors) == 1:
        target = article_url(retired.successors[0]["id"], api=api) + suffix
        return RedirectResponse(target, status_code=301, headers=no_cache)
    page = page_url(retired.page_file)
    if api:
        if retired.successors:
            body: dict[str, Any] = {"error": f"article {article_id} was divided; it continues in several articles",
                                    "status": 300}
        else:
            body = {"error": f"article {article_id} is no longer in the archive", "status": 410}
        body.update({"successors": [{"id": s["id"], "title": s["title"], "url": s["url"],
                                     "api_url": article_url(s["id"], api=True)} for s in retired.successors],
                     "page": page, "page_api_url": page_url(retired.page_file, api=True)})
        return JSONResponse(body, status_code=body["status"], headers=no_cache)
    status = 300 if retired.successors else 410
    return render(request, "retired.html", {"retired": retired, "page": page, "title": RETIRED_TITLES[status],
                                            "json_url": f"/api/articles/{article_id}"},
                  status_code=status, headers=no_cache)


RETIRED_TITLES = {300: "这篇文章已分为几篇", 410: "这篇文章已不在档案中"}
