"""A reader's paths through the site in a real browser: search, read, browse by place, page, filter, keyboard."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Page, expect

from tests.helpers import Console
from tests.helpers import LiveServer

pytestmark = pytest.mark.browser

# 区 is in 42 of the seed articles: three pages of twenty.
COMMON = "区"


def titles(page: Page) -> list[str]:
    return page.locator("ol.articles > li h3").all_inner_texts()


def query_of(page: Page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def test_search_from_home_then_open_a_result_and_its_place(page: Page, live_server: LiveServer,
                                                           console: Console) -> None:
    page.goto(live_server.url + "/")
    box = page.get_by_role("searchbox", name="搜索报道")
    box.fill("消防")
    box.press("Enter")
    page.wait_for_url("**/search?q=*")
    assert query_of(page)["q"] == ["消防"]
    expect(page.locator(".result-count")).to_contain_text("共找到")
    assert titles(page), "no results for 消防"

    first = page.locator("ol.articles > li h3 a").first
    title = first.inner_text()
    first.click()
    page.wait_for_url("**/articles/*")
    expect(page.locator("h1")).to_have_text(title)
    expect(page.locator("h2.section, .story .body p").first).to_be_visible()

    crumb = page.locator(".breadcrumbs a[href^='/places/']").last
    place = crumb.inner_text()
    crumb.click()
    page.wait_for_url("**/places/*")
    expect(page.locator("h1")).to_have_text(place)
    expect(page.locator(".breadcrumbs [aria-current='page']")).to_have_text(place)
    assert titles(page), f"the place page of {place} lists no articles"
    assert console.errors == []


def test_search_results_mark_the_query(page: Page, live_server: LiveServer) -> None:
    page.goto(f"{live_server.url}/search?q=消防")
    marks = page.locator("ol.articles mark").all_inner_texts()
    assert marks, "no <mark> in the snippets"
    assert all("消防" in mark for mark in marks), marks


def test_paging_through_results(page: Page, live_server: LiveServer) -> None:
    page.goto(f"{live_server.url}/search?q={COMMON}")
    expect(page.locator(".pager")).to_contain_text("第 1 / 3 页")
    first_page = titles(page)
    assert len(first_page) == 20

    page.locator(".pager a[rel='next']").click()
    page.wait_for_url(re.compile(r"page=2"))
    expect(page.locator(".pager")).to_contain_text("第 2 / 3 页")
    second_page = titles(page)
    assert second_page and not set(second_page) & set(first_page)
    assert page.locator("ol.articles").get_attribute("start") == "21"

    page.locator(".pager a[rel='prev']").click()
    page.wait_for_url(re.compile(r"page=1"))
    assert titles(page) == first_page


def test_a_facet_narrows_the_results_and_can_be_removed(page: Page, live_server: LiveServer) -> None:
    page.goto(f"{live_server.url}/search?q={COMMON}")
    total = int(page.locator(".result-count strong").inner_text())
    facet = page.locator("#facet-county + ul a").first
    county = facet.inner_text().split()[0]
    facet.click()
    page.wait_for_url(re.compile(r"county="))
    assert query_of(page)["county"] == [county]
    narrowed = int(page.locator(".result-count strong").inner_text())
    assert 0 < narrowed < total
    for meta in page.locator("ol.articles .meta").all_inner_texts():
        assert county in meta

    active = page.locator(".active-filters a")
    expect(active).to_have_count(1)
    expect(active).to_contain_text(county)
    active.click()
    page.wait_for_url(lambda url: "county=" not in url)
    assert int(page.locator(".result-count strong").inner_text()) == total
    expect(page.locator(".active-filters")).to_have_count(0)


def test_keyboard_skip_link_and_search(page: Page, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("[document.activeElement.className, document.activeElement.getAttribute('href')]")
    assert focused == ["skip", "#main"]
    skip = page.locator("a.skip")
    expect(skip).to_be_in_viewport()
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"

    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"

    # From the top of main, the search box is a few Tabs away.
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "q":
            break
    else:
        pytest.fail("Tab never reached the search box")
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.type("胥口")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=*")
    assert query_of(page)["q"] == ["胥口"]
    assert titles(page)


def test_feeds_and_downloads_are_linked(page: Page, live_server: LiveServer, site_pages: dict[str, str]) -> None:
    targets = {}
    for path in [site_pages["search"], site_pages["place"], site_pages["author"]]:
        page.goto(live_server.url + path)
        feed = page.locator("head link[rel='alternate'][type='application/atom+xml']").get_attribute("href")
        links = page.locator(".downloads ul:first-of-type a").evaluate_all(
            "links => links.map(a => a.getAttribute('href'))")
        assert feed in links and len(links) == 3, (path, feed, links)
        targets[path] = links
    for links in targets.values():
        for href in links:
            response = page.request.get(live_server.url + href)
            assert response.status == 200, href
            assert response.body(), href


def test_the_citation_can_be_copied(page: Page, live_server: LiveServer, site_pages: dict[str, str]) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    page.goto(live_server.url + site_pages["article"])
    citation = page.locator("output.citation").inner_text()
    assert "[N/OL]" in citation
    page.get_by_role("button", name="复制引用").click()
    expect(page.locator("button.copy")).to_have_text(re.compile("已复制|已选中"))
    if page.locator("button.copy").inner_text() == "已复制":
        assert page.evaluate("navigator.clipboard.readText()") == citation
