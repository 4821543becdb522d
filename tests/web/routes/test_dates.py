"""Date and newspaper filters, sorts and facets agree across listings, search, exports and feeds."""

import csv
import io
from urllib.parse import unquote

import pytest

from tests.helpers import on_this_day


def dates_of(items: list[dict]) -> list[str | None]:
    return [item["source"].get("date") for item in items]


def test_a_year_a_month_or_a_day_narrows_the_listing(dated) -> None:
    assert set(dates_of(dated.get("/api/articles", params={"from": "2022", "to": "2022"}).json()["items"])) == {
        "2022-11-08", "2022-11-09"}
    assert set(dates_of(dated.get("/api/articles", params={"from": "2022-11-09"}).json()["items"])) >= {"2022-11-09"}
    assert set(dates_of(dated.get("/api/articles", params={"to": "2019-05"}).json()["items"])) == {
        "2018-03-02", "2019-05-20"}


def test_a_newspaper_by_any_of_its_names(dated) -> None:
    by_alias = dated.get("/api/articles", params={"newspaper": "szrb", "per_page": 100}).json()
    by_name = dated.get("/api/articles", params={"newspaper": "苏州日报", "per_page": 100}).json()
    assert by_alias == by_name and by_name["total"] == 7
    printed = {item["source"]["newspaper"] for item in by_name["items"]}
    assert printed == {"苏州日报", "szrb"}  # kept as printed, grouped under one name
    assert dated.get("/api/articles", params={"newspaper": "不存在日报"}).status_code == 404


def test_oldest_first_puts_undated_pages_last_and_newest_first_too(dated) -> None:
    oldest = dates_of(dated.get("/api/articles", params={"sort": "oldest", "per_page": 100}).json()["items"])
    newest = dates_of(dated.get("/api/articles", params={"per_page": 100}).json()["items"])
    dated_only = [d for d in oldest if d]
    assert dated_only == sorted(dated_only) and oldest[-1] is None and oldest[0] == "2018-03-02"
    assert newest[-1] is None and [d for d in newest if d] == sorted(dated_only, reverse=True)
    for sort, expected in (("oldest", oldest), ("newest", newest)):
        hits = dated.get("/api/search", params={"q": "镇 OR 街道", "sort": sort, "per_page": 100}).json()["items"]
        assert dates_of(hits) == expected


def test_search_by_period_with_year_facets_over_all_hits_and_months_inside_one_year(dated) -> None:
    everything = dated.get("/api/search", params={"q": "垃圾分类"}).json()
    years = {f["name"]: f["count"] for f in everything["facets"]["year"]}
    assert years == {"2019": 1, "2020": 1, "2021": 1, "2022": 2}
    assert everything["facets"]["month"] == []
    one_year = dated.get("/api/search", params={"q": "垃圾分类", "from": "2022", "to": "2022"}).json()
    assert one_year["total"] == 2 and one_year["facets"]["month"] == [{"name": "2022-11", "count": 2}]
    paper = dated.get("/api/search", params={"q": "垃圾分类", "newspaper": "姑苏晚报"}).json()
    assert set(dates_of(paper["items"])) == {"2019-05-20", "2020-01-15"}


@pytest.mark.parametrize("params", [{"from": "2022-13"}, {"to": "22"}, {"from": "2023", "to": "2022"}])
def test_a_period_that_is_none_is_a_422_with_a_reason(dated, params: dict) -> None:
    for path in ("/api/articles", "/api/search", "/api/articles.csv"):
        response = dated.get(path, params={**params, **({"q": "镇"} if "search" in path else {})})
        assert response.status_code == 422 and response.json()["status"] == 422


def test_unknown_parameters_are_refused_by_the_api_and_ignored_by_pages(dated) -> None:
    response = dated.get("/api/articles", params={"date": "2022-11-08"})
    assert response.status_code == 422 and "'date'" in response.json()["error"]
    assert dated.get("/api/search", params={"q": "镇", "utm_source": "x"}).status_code == 422
    assert dated.get("/", params={"utm_source": "x"}).status_code == 200
    assert dated.get("/search", params={"q": "镇", "fbclid": "x"}).status_code == 200


def test_exports_carry_newspaper_date_edition_and_absolute_urls_in_a_named_file(dated) -> None:
    response = dated.get("/api/search.csv", params={"q": "垃圾分类", "from": "2022", "to": "2022"})
    disposition = response.headers["content-disposition"]
    assert unquote(disposition.split("filename*=UTF-8''")[1]) == "search-垃圾分类-2022.csv"
    assert 'filename="search-2022.csv"' in disposition
    rows = list(csv.DictReader(io.StringIO(response.text.lstrip("\ufeff"))))
    assert {(r["newspaper"], r["date"], r["edition"]) for r in rows} == {("苏州日报", "2022-11-08", "A01"),
                                                                       ("苏州日报", "2022-11-09", "A02")}
    # absolute on the configured public URL (by default the local server's), never on the request's Host
    assert all(r["url"].startswith("http://127.0.0.1:8000/articles/") for r in rows)
    undated = dated.get("/api/articles.ndjson", params={"sort": "oldest"}).text.splitlines()[-1]
    assert '"newspaper": null, "date": null, "edition": null' in undated


def test_feeds_take_their_times_from_the_archive_not_the_request(dated) -> None:
    first = dated.get("/feeds/search.atom", params={"q": "道路 OR 小巷"}).text
    second = dated.get("/feeds/search.atom", params={"q": "道路 OR 小巷"}).text
    assert first == second
    assert f"<updated>{on_this_day()}T00:00:00Z</updated>" in first
    assert "2022年11月8日 · A01版" in first
