"""Headless Chromium for the browser tests: one browser per session, a fresh context per test.

Debian's /usr/bin/chromium is used because browsers cannot be downloaded here; without it the tests skip.
"""

import os
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import httpx2
import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.helpers import REPO, Console

CHROMIUM = Path("/usr/bin/chromium")
# Without these, Chromium keeps trying to reach update and sync services that a closed network refuses.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
ARTIFACTS = REPO / "test-artifacts"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not (CHROMIUM.exists() and os.access(CHROMIUM, os.X_OK)):
        pytest.skip(f"no Chromium at {CHROMIUM} (install Debian's chromium package: `make browser`)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def console() -> Console:
    return Console()


def open_page(browser: Browser, console: Console, viewport: dict[str, int]) -> Iterator[Page]:
    context = browser.new_context(viewport=viewport, locale="zh-CN")
    context.set_default_timeout(10_000)
    page = context.new_page()
    console.watch(page)
    yield page
    context.close()


@pytest.fixture
def page(browser: Browser, console: Console) -> Iterator[Page]:
    yield from open_page(browser, console, DESKTOP)


@pytest.fixture
def phone(browser: Browser, console: Console) -> Iterator[Page]:
    yield from open_page(browser, console, PHONE)


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def site_pages(http: httpx2.Client) -> dict[str, str]:
    """One page of each kind in the seed archive, found through the API rather than by hard-coded ids."""
    items = http.get("/api/articles", params={"per_page": 100}).json()["items"]
    # An article with section heads, a place and an author shows the most of the article template.
    article = next(a for a in items if a["sections"] and a["place"] and a["authors"])
    person = http.get("/api/people").json()["items"][0]
    return {
        "home": "/",
        "search": "/search?q=消防",
        "search-filtered": f"/search?q=区&county={quote(article['place']['county'])}",
        "search-empty": "/search?q=没有这个词语",
        "search-form": "/search",
        "article": article["url"],
        "source": f"/pages/{quote(article['source']['file'])}",
        "place": f"/places/{article['place']['code']}",
        "places": "/places",
        "author": f"/authors/{quote(article['authors'][0])}",
        "authors": "/authors",
        "people": "/people",
        "people-filtered": "/people?title=书记&level=town",
        "person": person["url"],
        "about": "/about",
    }
