"""Every kind of page, checked by axe-core, for console errors, and at phone width for sideways scrolling."""

from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

from tests.helpers import Console
from tests.helpers import LiveServer

pytestmark = pytest.mark.browser

PHONE_SHOTS = ["home", "search", "article", "place", "source"]
BLOCKING = {"serious", "critical"}


def test_pages_have_no_serious_accessibility_violations(page: Page, live_server: LiveServer, console: Console,
                                                        site_pages: dict[str, str]) -> None:
    axe = Axe()
    problems = []
    for name, path in site_pages.items():
        response = page.goto(live_server.url + path)
        assert response is not None and response.status == 200, name
        assert page.locator("html").get_attribute("lang") == "zh-CN"
        assert page.locator("h1").count() == 1, f"{name}: one h1 per page"
        for role in ["banner", "navigation", "main", "contentinfo"]:
            assert page.get_by_role(role).count() >= 1, f"{name}: no {role} landmark"
        for violation in axe.run(page).response["violations"]:
            if violation["impact"] in BLOCKING:
                targets = [node["target"] for node in violation["nodes"][:3]]
                problems.append(f"{name}: {violation['id']} ({violation['impact']}) {violation['help']} {targets}")
    assert problems == []
    assert console.errors == []


@pytest.mark.parametrize(("path", "status"), [("/articles/999999", 404), ("/search?q=title:", 400)])
def test_error_pages_are_accessible_too(page: Page, live_server: LiveServer, path: str, status: int) -> None:
    response = page.goto(live_server.url + path)
    assert response is not None and response.status == status
    assert page.locator("h1").count() == 1
    violations = Axe().run(page).response["violations"]
    assert [v["id"] for v in violations if v["impact"] in BLOCKING] == []


def test_phone_width_has_no_sideways_scrolling(phone: Page, live_server: LiveServer, console: Console,
                                               artifacts: Path, site_pages: dict[str, str]) -> None:
    too_wide = []
    for name, path in site_pages.items():
        phone.goto(live_server.url + path)
        if name in PHONE_SHOTS:
            phone.screenshot(path=str(artifacts / f"phone-{name}.png"), full_page=True)
        width, inner = phone.evaluate("[document.documentElement.scrollWidth, innerWidth]")
        if width > inner:
            too_wide.append(f"{name} is {width}px wide in a {inner}px window")
        # The search box and its button fit side by side.
        if phone.locator("#q").count():
            box, button = phone.locator("#q").bounding_box(), phone.locator(".searchbox button").bounding_box()
            assert box and button and box["width"] > 150 and button["x"] + button["width"] <= inner, name
    assert too_wide == []
    assert console.errors == []


def test_phone_search_puts_facets_under_the_results(phone: Page, live_server: LiveServer,
                                                    site_pages: dict[str, str]) -> None:
    phone.goto(live_server.url + site_pages["search"])
    results, facets = phone.locator("ol.articles").bounding_box(), phone.locator("#facets").bounding_box()
    assert results and facets and facets["y"] >= results["y"] + results["height"]
    assert facets["width"] > 300  # full width, not a squeezed column
    phone.get_by_role("link", name="按区县、镇街、作者筛选").click()
    assert phone.locator("#facets").is_visible()
