"""Newspapers and dates in a real browser: newspaper → calendar → issue → page → article, the date range
control (without JavaScript), the timeline chart, and axe at desktop and phone width."""

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

from tests.helpers import Console, LiveServer

pytestmark = pytest.mark.browser

BLOCKING = {"serious", "critical"}
TIME_PAGES = {
    "newspapers": "/newspapers",
    "newspaper": "/newspapers/苏州日报",
    "year": "/newspapers/苏州日报/2022",
    "calendar": "/newspapers/苏州日报/2022-11",
    "issue": "/newspapers/苏州日报/2022-11-08",
    "dated-page": "/pages/苏州日报_2022-11-08_A05.txt",
    "search-dated": "/search?q=垃圾分类&from=2019&to=2022&sort=oldest",
    "timeline": "/timeline?q=垃圾分类&compare=网格&compare=道路&normalise=true",
    "place-timeline": "/places/320506",
    "home-dated": "/",
}


@pytest.fixture(scope="module")
def dated_server(dated_data_dir: Path) -> Iterator[LiveServer]:
    with LiveServer(dated_data_dir) as server:
        yield server


def query_of(page: Page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def test_newspaper_calendar_issue_page_article(page: Page, dated_server: LiveServer, console: Console,
                                               artifacts: Path) -> None:
    page.goto(dated_server.url + "/")
    page.get_by_role("navigation", name="站点").get_by_role("link", name="报纸").click()
    page.get_by_role("link", name="苏州日报").click()
    page.get_by_role("link", name="2022年").click()
    page.get_by_role("link", name="11月").click()
    expect(page.locator("h1")).to_contain_text("2022年11月")
    page.screenshot(path=str(artifacts / "time-calendar.png"), full_page=True)
    page.get_by_role("link", name="11月8日，2 个版面").click()
    expect(page.locator("h1")).to_contain_text("2022年11月8日")
    editions = page.locator("ol.issue-pages h2").all_inner_texts()
    assert editions == ["A01版", "A05版"]
    page.get_by_role("link", name="A05版").click()
    page.wait_for_url("**/pages/*")
    expect(page.get_by_role("link", name="← 上一版：A01版")).to_be_visible()
    page.locator("ol.page-articles a").first.click()
    page.wait_for_url("**/articles/*")
    expect(page.locator(".byline")).to_contain_text("苏州日报 2022年11月8日 A05版")
    assert console.errors == []


def test_the_date_range_control_works_without_javascript(browser: Browser, dated_server: LiveServer,
                                                         artifacts: Path) -> None:
    context = browser.new_context(java_script_enabled=False, locale="zh-CN", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        page.goto(dated_server.url + "/search?q=垃圾分类")
        expect(page.locator(".result-count")).to_contain_text("共找到 6 篇")
        form = page.get_by_role("form", name="按日期与报纸筛选")
        form.get_by_label("从").fill("2022")
        form.get_by_label("到").fill("2022")
        form.get_by_label("排序").select_option("oldest")
        form.get_by_role("button", name="筛选").click()
        page.wait_for_url("**from=2022**")
        assert query_of(page)["to"] == ["2022"] and query_of(page)["sort"] == ["oldest"]
        expect(page.locator(".result-count")).to_contain_text("共找到 2 篇")
        dates = page.locator("ol.articles time").all_inner_texts()
        assert dates == ["2022年11月8日", "2022年11月9日"]
        page.screenshot(path=str(artifacts / "time-search-range.png"), full_page=True)
    finally:
        context.close()


def test_a_bar_of_the_chart_narrows_the_search_to_its_period(page: Page, dated_server: LiveServer,
                                                             artifacts: Path) -> None:
    page.goto(dated_server.url + "/timeline?q=垃圾分类&compare=网格")
    page.screenshot(path=str(artifacts / "time-timeline.png"), full_page=True)
    bar = page.locator('svg a[aria-label^="垃圾分类，2019"]')
    expect(bar).to_have_count(1)
    bar.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?**")
    assert query_of(page)["from"] == ["2019"] and query_of(page)["to"] == ["2019"]
    expect(page.locator(".result-count")).to_contain_text("共找到 1 篇")
    expect(page.locator("ol.articles time").first).to_have_text("2019年5月20日")


@pytest.mark.parametrize("viewport", [{"width": 1280, "height": 900}, {"width": 390, "height": 844}],
                         ids=["desktop", "phone"])
def test_time_pages_are_accessible_and_fit_a_phone(browser: Browser, dated_server: LiveServer, console: Console,
                                                   artifacts: Path, viewport: dict) -> None:
    context = browser.new_context(viewport=viewport, locale="zh-CN")
    page = context.new_page()
    console.watch(page)
    axe = Axe()
    problems, too_wide = [], []
    try:
        for name, path in TIME_PAGES.items():
            response = page.goto(dated_server.url + path)
            assert response is not None and response.status == 200, name
            assert page.locator("h1").count() == 1, name
            for violation in axe.run(page).response["violations"]:
                if violation["impact"] in BLOCKING:
                    targets = [node["target"] for node in violation["nodes"][:3]]
                    problems.append(f"{name}: {violation['id']} ({violation['impact']}) {violation['help']} {targets}")
            width, inner = page.evaluate("[document.documentElement.scrollWidth, innerWidth]")
            if width > inner:
                too_wide.append(f"{name} is {width}px wide in a {inner}px window")
            if viewport["width"] < 500 and name in ("calendar", "timeline", "search-dated", "home-dated", "issue"):
                page.screenshot(path=str(artifacts / f"time-phone-{name}.png"), full_page=True)
            elif viewport["width"] >= 500 and name in ("newspapers", "dated-page", "home-dated", "place-timeline"):
                page.screenshot(path=str(artifacts / f"time-desktop-{name}.png"), full_page=True)
    finally:
        context.close()
    assert problems == []
    assert too_wide == []
    assert console.errors == []
