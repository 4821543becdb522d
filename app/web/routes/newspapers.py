"""Newspapers: every title, a title's years, a year's months, a month's calendar, an issue; each page
beside its JSON twin."""

from typing import Annotated, Any

from fastapi import APIRouter, Path, Request
from fastapi.responses import HTMLResponse
from sqlmodel import Session

from app import clock
from app.archive.queries.articles import on_this_day
from app.archive.queries.newspapers import (find_newspaper, issue, month_calendar, newspaper_index, newspaper_url,
                                            newspaper_year, newspaper_years)
from app.sources import parse_period
from app.web.deps import SessionDep, not_found
from app.web.openapi import answers
from app.web.schemas import NewspaperIndex, NewspaperPeriod, Summary
from app.web.schemas import Newspaper as NewspaperSchema
from app.web.templating import render
from app.web.json_route import JsonRoute

router = APIRouter(route_class=JsonRoute)
Name = Annotated[str, Path(max_length=100, description="a newspaper, by any of the names its pages print",
                           examples=["苏州日报"])]
Period = Annotated[str, Path(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="a year, a month or a day: 2022, "
                             "2022-11 or 2022-11-08", examples=["2022-11"])]
TEMPLATES = {4: "newspaper_year.html", 7: "newspaper_month.html", 10: "newspaper_issue.html"}


def known(request: Request, session: Session, name: str) -> str:
    canonical = find_newspaper(session, name)
    if canonical is None:
        raise not_found(request, f"no newspaper named {name!r} in the archive", f"档案中没有报纸“{name}”")
    return canonical


def period_data(request: Request, session: Session, name: str, period: str) -> dict[str, Any]:
    canonical = known(request, session, name)
    try:
        parse_period(period)
    except ValueError:
        raise not_found(request, f"{period!r} is no calendar period", f"没有“{period}”这个日期") from None
    if len(period) == 4:
        return newspaper_year(session, canonical, int(period))
    if len(period) == 7:
        return month_calendar(session, canonical, int(period[:4]), int(period[5:]))
    data = issue(session, canonical, period)
    if data is None:
        raise not_found(request, f"{canonical} has no issue dated {period}", f"{canonical}没有{period}这一期")
    return data


@router.get("/api/on-this-day", tags=["api"], response_model=None, responses=answers(list[Summary]))
def api_on_this_day(session: SessionDep) -> list[dict[str, Any]]:
    """Articles printed on today's month and day in earlier years (the home page's 历史上的今天)."""
    return on_this_day(session, clock.today())


@router.get("/api/newspapers", tags=["api"], response_model=None, responses=answers(NewspaperIndex))
def api_newspapers(session: SessionDep) -> dict[str, Any]:
    """Every newspaper (canonical name, names as printed) with its date span and counts."""
    return newspaper_index(session)


@router.get("/newspapers", response_class=HTMLResponse, include_in_schema=False)
def newspapers(request: Request, session: SessionDep) -> HTMLResponse:
    return render(request, "newspapers.html", {"data": newspaper_index(session), "json_url": "/api/newspapers"})


@router.get("/api/newspapers/{name}", tags=["api"], response_model=None, responses=answers(NewspaperSchema, 404))
def api_newspaper(request: Request, session: SessionDep, name: Name) -> dict[str, Any]:
    """A newspaper's years with issues, pages and articles, and its pages without a date."""
    return newspaper_years(session, known(request, session, name))


@router.get("/newspapers/{name}", response_class=HTMLResponse, include_in_schema=False)
def newspaper(request: Request, session: SessionDep, name: Name) -> HTMLResponse:
    data = newspaper_years(session, known(request, session, name))
    return render(request, "newspaper.html", {"data": data, "json_url": "/api" + newspaper_url(data["name"])})


@router.get("/api/newspapers/{name}/{period}", tags=["api"], response_model=None,
             responses=answers(NewspaperPeriod, 404))
def api_newspaper_period(request: Request, session: SessionDep, name: Name, period: Period) -> dict[str, Any]:
    """A year (its months), a month (its calendar of issues) or a day (the issue's pages in edition order)."""
    return period_data(request, session, name, period)


@router.get("/newspapers/{name}/{period}", response_class=HTMLResponse, include_in_schema=False)
def newspaper_period(request: Request, session: SessionDep, name: Name, period: Period) -> HTMLResponse:
    data = period_data(request, session, name, period)
    return render(request, TEMPLATES[len(period)], {"data": data,
                                                    "json_url": "/api" + newspaper_url(data["name"], period)})
