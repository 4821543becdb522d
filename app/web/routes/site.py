"""HTML pages: the same query functions as the API, rendered for readers."""

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Path, Request
from fastapi.responses import HTMLResponse

from app import page_queries, place_queries, queries
from app.citation import citation
from app.store import counts
from app.web.deps import FiltersDep, PageNumber, SessionDep
from app.web.templating import render

router = APIRouter(include_in_schema=False)
ArticleId = Annotated[int, Path(ge=1, le=2**62)]


@router.get("/", response_class=HTMLResponse)
def home(request: Request, session: SessionDep, filters: FiltersDep, page: PageNumber = 1) -> HTMLResponse:
    listing = queries.list_articles(session, filters, page=page, per_page=10)
    context = {"listing": listing, "json_url": f"/api/articles?page={page}&per_page=10",
               "tree": place_queries.place_tree(session), "pages": page_queries.recent_pages(session, limit=5),
               "counts": counts(session)}
    return render(request, "home.html", context)


def related_articles(request: Request, session: SessionDep, article_id: int, n: int = 5) -> list[dict]:
    """"More like this" from the search index; an index still being built just gives none."""
    index = request.app.state.index_keeper.current()
    try:
        ids = index.more_like_this(article_id, n=n)
    except Exception:  # the page must not fail because the index is missing or rebuilding
        return []
    records = {r["id"]: r for r in queries.summaries(session, ids)}
    return [records[i] for i in ids if i in records]


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, session: SessionDep, article_id: ArticleId) -> HTMLResponse:
    record = queries.get_article(session, article_id)
    if record is None:
        raise HTTPException(404, f"没有编号为 {article_id} 的文章")
    permalink = str(request.url_for("article", article_id=article_id))
    context = {"a": record, "json_url": f"/api/articles/{article_id}", "permalink": permalink,
               "cite": citation(record, permalink), "codes": place_queries.place_codes(session, article_id),
               "related": related_articles(request, session, article_id)}
    return render(request, "article.html", context)


@router.get("/places", response_class=HTMLResponse)
def places(request: Request, session: SessionDep) -> HTMLResponse:
    tree = place_queries.place_tree(session)
    return render(request, "places.html", {"tree": tree, "json_url": "/api/places"})


@router.get("/places/{code}", response_class=HTMLResponse)
def place(request: Request, session: SessionDep, code: Annotated[str, Path(max_length=20)],
          page: PageNumber = 1) -> HTMLResponse:
    data = place_queries.place_page(session, code, page=page, per_page=20)
    if data is None:
        raise HTTPException(404, f"没有代码为 {code} 的地方")
    return render(request, "place.html", {"p": data, "listing": data["_listing"],
                                          "json_url": f"/api/places/{code}?page={page}"})


@router.get("/authors", response_class=HTMLResponse)
def authors(request: Request, session: SessionDep) -> HTMLResponse:
    return render(request, "authors.html", {"authors": place_queries.author_index(session), "json_url": "/api/authors"})


@router.get("/authors/{name}", response_class=HTMLResponse)
def author(request: Request, session: SessionDep, name: Annotated[str, Path(max_length=100)],
           page: PageNumber = 1) -> HTMLResponse:
    data = place_queries.author_page(session, name, page=page, per_page=20)
    if data is None:
        raise HTTPException(404, f"档案中没有作者“{name}”")
    return render(request, "author.html", {"name": name, "listing": data["_listing"],
                                           "json_url": f"/api/authors/{quote(name)}?page={page}"})


@router.get("/pages/{file}", response_class=HTMLResponse)
def source_page(request: Request, session: SessionDep, file: Annotated[str, Path(max_length=255)]) -> HTMLResponse:
    data = page_queries.source_page(session, file)
    if data is None:
        raise HTTPException(404, f"没有名为 {file} 的版面文件")
    return render(request, "source.html", {"p": data, "json_url": f"/api/pages/{quote(file)}"})


@router.get("/about", response_class=HTMLResponse)
def about(request: Request, session: SessionDep) -> HTMLResponse:
    return render(request, "about.html", {"counts": counts(session), "json_url": None})


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    return render(request, "docs.html", {})
