"""Readers are spoken to in Chinese on every HTML page; the JSON API keeps English messages."""

import re

from app.web.templating import line_span


def main_text(html: str) -> str:
    main = re.search(r"<main.*?</main>", html, re.S)
    assert main, html[:200]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", main.group(0)))


def test_error_pages_are_chinese_and_the_api_stays_english(client) -> None:  # type: ignore[no-untyped-def]
    for url, status, said in [("/nowhere", 404, "这个地址没有对应的页面"),
                              ("/articles/abc", 422, "文章编号“abc”应当是整数"),
                              ("/search?q=街道&page=0", 422, "页码不能小于 1"),
                              ("/search?q=街道&sort=newest!", 422, "排序方式“newest!”不是可用的值"),
                              ("/places/999", 404, "没有代码为 999 的地方")]:
        response = client.get(url)
        text = main_text(response.text)
        assert response.status_code == status and said in text, (url, text)
        assert not re.search(r"Not Found|Input should|Method Not", text), text
    assert "Input should be a valid integer" in client.get("/api/articles/abc").json()["error"]
    assert client.get("/api/nowhere").json() == {"error": "Not Found", "status": 404}


def test_query_notices_and_query_errors_are_chinese_on_the_page(client) -> None:  # type: ignore[no-untyped-def]
    mended = main_text(client.get('/search?q="街道').text)
    assert "补上了缺少的后引号" in mended and "unbalanced" not in mended
    refused = client.get("/search?q=title:")
    assert refused.status_code == 400 and "“title:”后面要跟一个词" in main_text(refused.text)
    assert "closed an unbalanced quotation mark" in client.get('/api/search?q="街道').json()["notes"]


def test_a_page_past_the_last_says_so_and_links_to_the_last(client) -> None:  # type: ignore[no-untyped-def]
    total = client.get("/api/search?q=街道").json()["total"]
    last = -(-total // 20)
    html = client.get("/search?q=街道&page=99").text
    assert f"没有第 99 页：结果只有 {last} 页" in main_text(html)
    assert f'href="/search?q=%E8%A1%97%E9%81%93&amp;page={last}"' in html
    assert "没有找到" not in main_text(html)
    home = client.get("/?page=999").text
    assert "没有第 999 页" in main_text(home) and "第 999 /" not in main_text(home)


def test_facets_show_the_top_twelve_and_a_link_to_all(client) -> None:  # type: ignore[no-untyped-def]
    towns = client.get("/api/search?q=街道").json()["facets"]["town"]
    assert len(towns) > 12
    html = client.get("/search?q=街道").text
    assert f"全部 {len(towns)} 个镇街" in html
    facet = lambda page: re.search(r'<section aria-labelledby="facet-town">.*?</section>', page, re.S).group(0)  # noqa: E731
    assert facet(html).count("<li>") == 12
    everything = facet(client.get("/search?q=街道&facets=town").text)
    assert everything.count("<li>") == len(towns) and towns[-1]["name"] in everything


def test_author_names_are_links_in_search_results(client) -> None:  # type: ignore[no-untyped-def]
    hit = next(h for h in client.get("/api/search?q=街道").json()["items"] if h["authors"])
    html = client.get("/search?q=街道").text
    assert re.search(rf'<p class="meta">[^\n]*<a href="/authors/[^"]+">{hit["authors"][0]}</a>', html)


def test_one_line_is_named_once() -> None:
    assert line_span([80, 80]) == "80" and line_span([80, 82]) == "80–82"


def test_places_sort_the_same_way_on_every_page(client) -> None:  # type: ignore[no-untyped-def]
    tree = client.get("/api/places").json()
    city = max(tree, key=lambda c: len(c["children"]))
    expected = [c["name"] for c in sorted(city["children"], key=lambda c: (-c["count"], c["name"]))]
    assert [c["name"] for c in city["children"]] == expected
    on_tree_page = re.findall(r'<a href="/places/([^"]+)">', client.get("/places").text)
    county_codes = [c["code"] for c in city["children"]]
    assert [c for c in on_tree_page if c in county_codes] == county_codes
    city_page = client.get(f"/places/{city['code']}").text
    assert [c for c in re.findall(r'<a href="/places/([^"]+)">', city_page) if c in county_codes] == county_codes
