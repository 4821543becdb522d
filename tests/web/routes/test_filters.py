"""One filter resolver for listings, search, exports and feeds: a place by code or by name finds the
same articles everywhere, and an unknown place or author is a 404 everywhere."""

import csv
import io

import pytest


def ids(items: list[dict]) -> set[int]:
    return {item["id"] for item in items}


def test_a_county_code_and_its_name_give_the_same_search_hits(client) -> None:
    by_code = client.get("/api/search", params={"q": "街道", "county": "320508", "per_page": 100}).json()
    by_name = client.get("/api/search", params={"q": "街道", "county": "姑苏区", "per_page": 100}).json()
    assert by_name["total"] > 0
    assert by_code["total"] == by_name["total"]
    assert ids(by_code["items"]) == ids(by_name["items"])


def test_a_county_code_and_its_name_give_the_same_search_export(client) -> None:
    def rows(county: str) -> list[list[str]]:
        text = client.get("/api/search.csv", params={"q": "街道", "county": county}).text
        return list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))[1:]

    assert rows("姑苏区")
    assert rows("320508") == rows("姑苏区")


def test_listing_and_search_agree_on_a_county_code(client) -> None:
    listing = client.get("/api/articles", params={"county": "320508", "per_page": 100}).json()
    search = client.get("/api/search", params={"q": "街道", "county": "320508", "per_page": 100}).json()
    assert ids(search["items"]) <= ids(listing["items"])


@pytest.mark.parametrize("path", ["/api/search", "/search", "/api/search.csv", "/feeds/search.atom",
                                  "/api/articles", "/api/articles.csv", "/"])
@pytest.mark.parametrize("params", [{"county": "不存在区"}, {"town": "999999999"}, {"author": "无此人"}])
def test_an_unknown_place_or_author_is_404_everywhere(client, path: str, params: dict) -> None:
    query = {"q": "街道"} if "search" in path else {}  # /api/articles refuses a q it does not read
    response = client.get(path, params={**query, **params})
    assert response.status_code == 404
    if path.startswith("/api/"):
        assert response.json()["status"] == 404


def test_search_marks_titles_with_the_index_highlighter(client) -> None:
    data = client.get("/api/search", params={"q": "街道", "per_page": 100}).json()
    marked = [item for item in data["items"] if item["title"] and "街道" in item["title"]]
    assert marked
    for item in marked:
        assert "<mark>街道</mark>" in item["title_highlight"]
