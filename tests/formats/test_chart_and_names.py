"""Timeline bars and download names: pure renderings a reader sees."""

from urllib.parse import unquote

from app.formats.chart import chart, nice_ceiling
from app.formats.exports import content_disposition, file_name

SERIES = {"period": "year", "series": [
    {"q": "垃圾分类", "points": [{"period": "2021", "count": 0, "total": 4},
                                 {"period": "2022", "count": 3, "total": 6}]},
    {"q": "网格", "points": [{"period": "2021", "count": 1, "total": 4}, {"period": "2022", "count": 2, "total": 6}]},
]}


def test_axis_tops_are_round_numbers() -> None:
    assert [nice_ceiling(v) for v in (0, 0.03, 0.37, 3, 7, 12, 260)] == [1, 0.05, 0.5, 5, 10, 20, 500]


def test_bars_stand_side_by_side_link_their_period_and_say_what_they_show() -> None:
    drawn = chart(SERIES, normalise=False, link=lambda q, p: f"/search?q={q}&from={p}&to={p}")
    bars = {(b["series"], b["label"].split("，")[1].split("：")[0]): b for b in drawn["bars"]}
    assert bars[(0, "2021")]["h"] == 0 and bars[(0, "2021")]["url"] is None  # nothing to narrow to
    assert bars[(0, "2022")]["url"] == "/search?q=垃圾分类&from=2022&to=2022"
    assert bars[(0, "2022")]["x"] < bars[(1, "2022")]["x"]
    assert bars[(1, "2022")]["label"] == "网格，2022：2 篇（当期共 6 篇）"
    shares = chart(SERIES, normalise=True, link=lambda q, p: "")
    tallest = max(shares["bars"], key=lambda b: b["h"])
    assert tallest["label"].startswith("垃圾分类，2022：50.0%") and shares["axis"][-1]["text"] == "50%"


def test_a_download_is_named_for_what_it_holds() -> None:
    name = file_name("search", ["垃圾分类", None, "2022"], "csv")
    assert name == "search-垃圾分类-2022.csv"
    header = content_disposition(name)
    assert header.startswith('attachment; filename="search-2022.csv"; filename*=UTF-8\'\'')
    assert unquote(header.split("''")[1]) == name
    assert file_name("articles", ['a/b:"c"'], "ndjson") == "articles-a_b_c.ndjson"
