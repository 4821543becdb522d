"""`/api/search` and `/search`: the contract, filters, facets in process; hostile input and the live
reindex swap through a real server."""

import threading

import httpx2
import pytest
from fastapi.testclient import TestClient

from tests.helpers import LiveServer, app_client, ingest, run_cli
from tests.databases import settings_for

HOSTILE = ['"', '"unclosed phrase', "(胥口", "胥口)", "OR", "NOT", "-", "AND OR NOT", "title:", "author:",
           "place:", "*", "?", "胥*", "\x00", "\x1b[31m", "a" * 499, "苏" * 499, "((((((((", "title:(", ":",
           "county:无此区", "<script>alert(1)</script>", "%", "' OR 1=1 --", "胥口 OR", "NOT 胥口", "- -",
           "\u200b", "🙂", "\ud7ff", "title:\"\"", "()"]


def test_search_answers_in_the_contract_shape(client: TestClient) -> None:
    data = client.get("/api/search", params={"q": "胥口"}).json()
    assert {"total", "page", "per_page", "items", "facets"} <= data.keys()
    assert data["total"] >= 1 and data["items"][0]["title"].startswith("吴中胥口镇")
    hit = data["items"][0]
    assert {"id", "title", "excerpt", "highlight", "url", "place", "authors"} <= hit.keys()
    assert "<mark>胥口</mark>" in hit["highlight"]
    assert set(data["facets"]) == {"county", "town", "author", "person", "kind", "year", "month"}
    assert all({"name", "count"} == set(f) for values in data["facets"].values() for f in values)


def test_traditional_characters_find_simplified_text(client: TestClient) -> None:
    simplified = client.get("/api/search", params={"q": "苏州工业园区"}).json()
    traditional = client.get("/api/search", params={"q": "蘇州工業園區"}).json()
    assert traditional["total"] == simplified["total"] >= 1
    assert {i["id"] for i in traditional["items"]} == {i["id"] for i in simplified["items"]}


def test_facets_count_all_hits_and_filters_narrow_them(client: TestClient) -> None:
    data = client.get("/api/search", params={"q": "安全", "per_page": 5}).json()
    assert data["total"] > 5
    county_counts = {f["name"]: f["count"] for f in data["facets"]["county"]}
    assert sum(f["count"] for f in data["facets"]["kind"]) == data["total"]
    name, count = max(county_counts.items(), key=lambda kv: kv[1])
    narrowed = client.get("/api/search", params={"q": "安全", "county": name, "per_page": 100}).json()
    assert narrowed["total"] == count
    assert all(item["place"]["county"] == name for item in narrowed["items"])


def test_pages_of_results_do_not_overlap(client: TestClient) -> None:
    first = client.get("/api/search", params={"q": "区", "per_page": 5}).json()
    second = client.get("/api/search", params={"q": "区", "per_page": 5, "page": 2}).json()
    assert first["total"] == second["total"] > 10
    assert not {i["id"] for i in first["items"]} & {i["id"] for i in second["items"]}


def test_sort_by_page_order(client: TestClient) -> None:
    by_order = client.get("/api/search", params={"q": "区", "per_page": 100, "sort": "order"}).json()["items"]
    listing = [i["id"] for i in client.get("/api/articles", params={"per_page": 100}).json()["items"]]
    positions = [listing.index(item["id"]) for item in by_order]
    assert positions == sorted(positions)


@pytest.mark.parametrize("q", HOSTILE)
def test_hostile_queries_are_answered_without_a_server_error(http: httpx2.Client, q: str) -> None:
    for path in ["/api/search", "/search", "/api/search.csv", "/feeds/search.atom"]:
        response = http.get(path, params={"q": q})
        assert response.status_code < 500, (path, q, response.text[:200])
        if path == "/api/search" and response.status_code >= 400:
            assert response.json()["error"]


def test_overlong_and_bad_parameters_are_4xx(client: TestClient) -> None:
    for params in [{"q": "胥" * 5000}, {"q": "胥口", "page": 0}, {"q": "胥口", "per_page": 101},
                   {"q": "胥口", "sort": "random"}, {"q": "胥口", "kind": "video"}, {"q": ""}]:
        response = client.get("/api/search", params=params)
        assert 400 <= response.status_code < 500, params
        assert response.json()["status"] == response.status_code


def test_search_page_shows_marks_and_escapes_page_text(tmp_path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "x.txt").write_text(
        "\n\n某镇<b>推进</b>专项行动\n\n本报讯(张三)近日，某镇开展专项行动<script>alert(1)</script>，取得实效。\n",
        encoding="utf-8")
    data = tmp_path / "data"
    assert not ingest(data, folder).rejected
    with app_client(data) as client:
        html = client.get("/search", params={"q": "专项行动"}).text
        hit = client.get("/api/search", params={"q": "专项行动"}).json()["items"][0]
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    assert "<mark>专项行动</mark>" in html
    assert "<script>" not in hit["highlight"] and "<mark>专项行动</mark>" in hit["highlight"]
    # The title is marked too, and its page text stays text.
    assert hit["title_highlight"] == "某镇&lt;b&gt;推进&lt;/b&gt;<mark>专项行动</mark>"
    assert f'<a href="/articles/{hit["id"]}">某镇&lt;b&gt;推进&lt;/b&gt;<mark>专项行动</mark></a>' in html


def test_reindex_swaps_the_index_while_the_server_keeps_answering(seeded_copy) -> None:
    data = seeded_copy
    errors: list[str] = []
    answered = 0
    stop = threading.Event()
    with LiveServer(data) as server:
        def ask() -> None:
            nonlocal answered
            with httpx2.Client(base_url=server.url, timeout=30) as client:
                while not stop.is_set():
                    response = client.get("/api/search", params={"q": "胥口"})
                    if response.status_code != 200 or response.json()["total"] < 1:
                        errors.append(f"{response.status_code} {response.text[:100]}")
                    answered += 1
        worker = threading.Thread(target=ask)
        worker.start()
        result = run_cli(data, "reindex")
        stop.set()
        worker.join()
    assert result.returncode == 0 and "reindexed" in result.stdout
    assert answered > 3 and errors == []


def test_an_empty_archive_answers_searches_with_nothing_found(tmp_path) -> None:
    from app.archive.db import migrate

    data = tmp_path / "data"
    migrate(settings_for(data))
    with app_client(data) as client:
        for _ in range(3):  # also after the server noticed the missing index and built an empty one
            assert client.get("/api/search", params={"q": "胥口"}).json()["total"] == 0
            page = client.get("/search", params={"q": "胥口"})
            assert page.status_code == 200 and "没有找到" in page.text
        assert client.get("/api/search", params={"q": "title:"}).status_code == 400


def test_person_field_facet_and_filter(client: TestClient) -> None:
    data = client.get("/api/search", params={"q": "person:胡拥军"}).json()
    assert data["total"] == 2 and all(any(p["name"] == "胡拥军" for p in item["people"]) for item in data["items"])
    facet = {f["name"]: f["count"] for f in data["facets"]["person"]}
    assert facet["胡拥军"] == 2 and facet["谢小兵"] == 2  # top names among all hits
    narrowed = client.get("/api/search", params={"q": "区", "person": "谢小兵"}).json()
    assert narrowed["filters"] == {"person": "谢小兵"} and narrowed["total"] == 3
    page = client.get("/search", params={"q": "区", "person": "谢小兵"}).text
    assert 'id="facet-person">人物</h2>' in page and "人物：谢小兵" in page
