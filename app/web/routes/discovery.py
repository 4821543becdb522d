"""How programs find their way in: the API's own index, sitemaps and an OpenSearch description."""

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Request
from fastapi.responses import Response

from app.archive.queries import catalogue
from app.formats.discovery import URLS_PER_SITEMAP, opensearch, sitemap, sitemap_index
from app.web.deps import SessionDep, public_url
from app.web.openapi import answers
from app.web.schemas import ApiIndex
from app.web.json_route import JsonRoute

router = APIRouter(route_class=JsonRoute)
XML = "application/xml; charset=utf-8"
SMALL_SITEMAPS = {"pages": catalogue.page_urls, "places": catalogue.place_urls, "authors": catalogue.author_urls}


@router.get("/api", tags=["api"], response_model=None, responses=answers(ApiIndex))
@router.get("/api/", include_in_schema=False)
def api_index(request: Request) -> dict[str, Any]:
    """The endpoints of the JSON API and where they are described."""
    endpoints = [{"path": path, "summary": (operation.get("description") or "").split("\n")[0]}
                 for path, operations in request.app.openapi()["paths"].items()
                 for operation in operations.values()]
    return {"name": "镇志 zhenzhi", "openapi": "/openapi.json", "docs": "/docs",
            "endpoints": endpoints}


@router.get("/sitemap.xml", include_in_schema=False)
def sitemap_root(request: Request, session: SessionDep) -> Response:
    """A sitemap index: pages, places and authors, then the articles in files of 50,000."""
    parts = [*SMALL_SITEMAPS, *(f"articles-{n}" for n in range(1, article_sitemaps(session) + 1))]
    return Response(sitemap_index([public_url(request, f"/sitemaps/{name}.xml") for name in parts]), media_type=XML)


def article_sitemaps(session: SessionDep) -> int:
    return max(1, -(-catalogue.article_total(session) // URLS_PER_SITEMAP))


@router.get("/sitemaps/{name}.xml", include_in_schema=False)
def sitemap_part(request: Request, session: SessionDep, name: Annotated[str, Path(max_length=40)]) -> Response:
    if name in SMALL_SITEMAPS:
        urls = SMALL_SITEMAPS[name](session)
    elif name.startswith("articles-") and name[9:].isdigit() and 1 <= int(name[9:]) <= article_sitemaps(session):
        urls = catalogue.article_urls(session, (int(name[9:]) - 1) * URLS_PER_SITEMAP, URLS_PER_SITEMAP)
    else:
        raise HTTPException(404, f"no sitemap named {name}")
    return Response(sitemap([public_url(request, url) for url in urls]), media_type=XML)


@router.get("/opensearch.xml", include_in_schema=False)
def opensearch_description(request: Request) -> Response:
    return Response(opensearch(public_url(request, "")),
                    media_type="application/opensearchdescription+xml; charset=utf-8")
