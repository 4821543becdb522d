"""A subject over time: per-period counts with totals, compared queries, SVG, table, CSV and JSON."""

import csv
import io

from tests.helpers import on_this_day


def test_timeline_in_the_contract_shape_with_totals_and_gaps(dated) -> None:
    data = dated.get("/api/timeline", params={"q": "垃圾分类", "compare": "网格"}).json()
    assert data["period"] == "year"  # 2018–2022 is longer than three years
    assert [s["q"] for s in data["series"]] == ["垃圾分类", "网格"]
    points = {p["period"]: p for p in data["series"][0]["points"]}
    assert list(points) == ["2018", "2019", "2020", "2021", "2022"]
    assert points["2022"] == {"period": "2022", "count": 2, "total": 4}
    assert points["2018"]["count"] == 0 and data["series"][0]["undated"] == 1


def test_months_inside_a_short_span_and_bars_that_narrow_the_search(dated) -> None:
    data = dated.get("/api/timeline", params={"q": "垃圾分类", "from": "2022-10", "to": "2022-12"}).json()
    assert data["period"] == "month"
    assert [(p["period"], p["count"]) for p in data["series"][0]["points"]] == [
        ("2022-10", 0), ("2022-11", 2), ("2022-12", 0)]
    html = dated.get("/timeline", params={"q": "垃圾分类", "from": "2022-10", "to": "2022-12"}).text
    assert 'role="group" aria-labelledby="chart-title"' in html and "<table" in html
    assert 'href="/search?q=%E5%9E%83%E5%9C%BE%E5%88%86%E7%B1%BB&amp;from=2022-11&amp;to=2022-11"' in html


def test_a_place_timeline_counts_its_articles_without_a_query(dated) -> None:
    place = dated.get("/api/timeline", params={"town": "胥口镇"}).json()
    assert sum(p["count"] for p in place["series"][0]["points"]) >= 4
    html = dated.get("/places/320506").text
    assert 'class="timeline"' in html or "报道量变化" in html


def test_normalised_bars_and_the_csv_of_the_series(dated) -> None:
    html = dated.get("/timeline", params={"q": "垃圾分类", "normalise": "true"}).text
    assert "50.0%" in html  # 2022: 2 of 4 articles
    response = dated.get("/api/timeline.csv", params={"q": "垃圾分类", "compare": "网格"})
    rows = list(csv.DictReader(io.StringIO(response.text.lstrip("\ufeff"))))
    assert {"q": "垃圾分类", "period": "2022", "count": "2", "total": "4", "share": "0.500000"} in rows
    assert "timeline-" in response.headers["content-disposition"]


def test_at_most_four_queries_and_bad_queries_are_4xx(dated) -> None:
    many = dated.get("/api/timeline", params=[("q", "a"), *[("compare", w) for w in ("b", "c", "d", "e")]])
    assert many.status_code == 422
    assert dated.get("/api/timeline", params={"q": "title:("}).status_code in (200, 400)
    assert dated.get("/timeline", params=[("q", "a"), *[("compare", w) for w in "bcde"]]).status_code == 422
    long_compare = dated.get("/api/timeline", params=[("q", "a"), ("compare", "网" * 501)])
    assert long_compare.status_code == 422 and "at most 500 characters" in long_compare.json()["error"]


def test_the_search_page_shows_the_chart_and_a_date_range_form(dated) -> None:
    html = dated.get("/search", params={"q": "垃圾分类"}).text
    assert 'class="date-range"' in html and 'name="from"' in html and 'name="to"' in html
    assert "报道量变化" in html and "<svg" in html
    assert "年份" in html and 'href="/search?q=%E5%9E%83%E5%9C%BE%E5%88%86%E7%B1%BB&amp;from=2022&amp;to=2022"' in html
    narrowed = dated.get("/search", params={"q": "道路 OR 小巷", "from": on_this_day()[:4], "to": on_this_day()[:4]})
    assert "共找到 <strong>1</strong> 篇" in narrowed.text


def test_the_totals_behind_normalised_bars_follow_an_ingest(dated_data_dir, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.databases import copy_archive
    from tests.helpers import app_client, ingest, write_page

    data = copy_archive(dated_data_dir, tmp_path / "data")
    with app_client(data) as client:
        def total_2022() -> int:
            points = client.get("/api/timeline", params={"q": "垃圾分类"}).json()["series"][0]["points"]
            return next(p["total"] for p in points if p["period"] == "2022")

        assert total_2022() == 4
        write_page(tmp_path / "new" / "2022-05-06", "A01.txt",
                   "社区食堂开张\n\n本报讯 社区食堂今天开张，老人吃饭更方便。\n")
        ingest(data, tmp_path / "new")
        assert total_2022() == 5
