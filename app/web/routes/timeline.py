"""A subject over time: matching articles per month or year, up to four queries on one chart, as an
accessible SVG page, JSON and CSV from one query function."""

import csv
import io
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response

from app.archive.queries.filters import ArticleFilters
from app.archive.queries.timeline import MAX_SERIES, MONTHS_UP_TO, PERIODS, TimelineRequest, timeline
from app.formats.chart import chart, share
from app.formats.exports import content_disposition, file_name
from app.search import MAX_QUERY_CHARS, ArchiveIndex, QueryError
from app.web.deps import FiltersDep, IndexDep, SessionDep
from app.web.errors import wants_json
from app.web.openapi import answers
from app.web.schemas import Timeline
from app.web.templating import render
from app.web.json_route import JsonRoute

router = APIRouter(route_class=JsonRoute)
Q = Annotated[str, Query(max_length=MAX_QUERY_CHARS, description="the query, as for search (empty: every article "
                         "the filters leave)", examples=["垃圾分类"])]
Compare = Annotated[list[str], Query(max_length=MAX_SERIES, description=f"up to {MAX_SERIES - 1} more queries, "
                                     "one series each (repeat the parameter)", examples=[["老旧小区"]])]
Period = Annotated[str, Query(pattern=f"^({'|'.join(PERIODS)})$", description="month, year, or auto (months over "
                              f"spans up to {MONTHS_UP_TO} months, else years)", examples=["month"])]
Normalise = Annotated[bool, Query(description="bars as shares of all articles of each period", examples=[True])]
TIMELINE_CSV = {"text/csv": "q,period,count,total,share\n垃圾分类,2022-11,3,40,0.075000"}


def series_data(request: Request, session: SessionDep, index: ArchiveIndex, filters: ArticleFilters, q: str,
                compare: list[str], period: str) -> dict[str, Any]:
    queries = tuple(dict.fromkeys([q.strip(), *(c.strip() for c in compare if c.strip())]))
    if len(queries) > MAX_SERIES:
        raise HTTPException(422, f"at most {MAX_SERIES} queries (q and compare) on one timeline"
                            if wants_json(request) else f"至多比较 {MAX_SERIES} 个词")
    if any(len(query) > MAX_QUERY_CHARS for query in queries):
        raise HTTPException(422, f"each query may be at most {MAX_QUERY_CHARS} characters"
                            if wants_json(request) else f"每个词至多 {MAX_QUERY_CHARS} 个字")
    try:
        return timeline(session, index, TimelineRequest(queries=queries, filters=filters, period=period))
    except QueryError as error:
        raise HTTPException(400, str(error)) from None


def bar_link(filters: ArticleFilters) -> Any:
    """Where a bar leads: the search (or, without a query, the listing) narrowed to its period."""
    kept = {k: v for k, v in filters.active().items() if k not in ("from", "to")}

    def link(q: str, period: str) -> str:
        params = {"q": q, **kept, "from": period, "to": period} if q else {**kept, "from": period, "to": period}
        return ("/search?" if q else "/?") + urlencode(params)
    return link


def chart_context(query: str, data: dict[str, Any], filters: ArticleFilters, normalise: bool) -> dict[str, Any]:
    """What templates/_timeline.html draws; `query` the query string of the series' JSON and CSV."""
    return {"tl": data, "chart": chart(data, normalise=normalise, link=bar_link(filters)), "normalise": normalise,
            "tl_json": "/api/timeline" + (f"?{query}" if query else ""),
            "tl_csv": "/api/timeline.csv" + (f"?{query}" if query else "")}


@router.get("/api/timeline", tags=["api"], response_model=None, responses=answers(Timeline, 400, 404))
def api_timeline(request: Request, session: SessionDep, index: IndexDep, filters: FiltersDep, q: Q = "",
                 compare: Compare = [], period: Period = "auto") -> dict[str, Any]:  # noqa: B006 (FastAPI copies it)
    """Matching articles per period: {"period", "series": [{"q", "points": [{"period", "count", "total"}]}]}."""
    return series_data(request, session, index, filters, q, compare, period)


@router.get("/api/timeline.csv", tags=["downloads"], responses=answers(None, 400, 404, media=TIMELINE_CSV))
def timeline_csv(request: Request, session: SessionDep, index: IndexDep, filters: FiltersDep, q: Q = "",
                 compare: Compare = [], period: Period = "auto") -> Response:  # noqa: B006
    """The same series as CSV: one row per query and period."""
    data = series_data(request, session, index, filters, q, compare, period)
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    writer.writerow(["q", "period", "count", "total", "share"])
    for s in data["series"]:
        for p in s["points"]:
            writer.writerow([s["q"], p["period"], p["count"], p["total"], f"{share(p['count'], p['total']):.6f}"])
    name = file_name("timeline", [q, *compare, *filters.active().values()], "csv")
    return Response(buffer.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": content_disposition(name)})


@router.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
def timeline_page(request: Request, session: SessionDep, index: IndexDep, filters: FiltersDep, q: Q = "",
                  compare: Compare = [], period: Period = "auto", normalise: Normalise = False) -> HTMLResponse:  # noqa: B006
    context: dict[str, Any] = {"q": q, "compare": compare, "period": period, "error": None, "json_url": None,
                               "filters": filters.active()}
    try:
        data = series_data(request, session, index, filters, q, compare, period)
    except HTTPException as error:
        context["error"] = error.detail
        return render(request, "timeline.html", context, status_code=error.status_code)
    context.update(chart_context(request.url.query, data, filters, normalise))
    context["json_url"] = context["tl_json"]
    return render(request, "timeline.html", context)
