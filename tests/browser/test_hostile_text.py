"""Markup inside a newspaper page stays text: in the article, in search results and on the source page."""

import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest
from playwright.sync_api import Page

from tests.helpers import Console, LiveServer, ingest

pytestmark = pytest.mark.browser

SCRIPT = "<script>window.__pwned=1</script>"
IMAGE = "<img src=x onerror=window.__pwned=1>"


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory: pytest.TempPathFactory, empty_archive: Path) -> Iterator[LiveServer]:
    folder = tmp_path_factory.mktemp("hostile") / "pages"
    folder.mkdir()
    # Shaped like a real page (headline, byline, paragraphs) so that the markup lands in a title and a body;
    # the headline stays under the parser's 40-character limit for headlines.
    (folder / "hostile.txt").write_text(
        f"\n\n某镇{SCRIPT}整治\n\n□ 本报记者 张三\n\n"
        f"近日，某镇开展专项行动{IMAGE}，组织机关干部、网格员和志愿者深入各村各社区，排查消防隐患，整治违规停放，取得实效。\n\n"
        f"活动持续一个月，覆盖全镇各村{SCRIPT}，下一步将建立长效机制，巩固整治成果。\n", encoding="utf-8")
    data = folder.parent / "data"
    shutil.copytree(empty_archive, data)
    report = ingest(data, folder)
    assert report.files == 1 and not report.rejected, report.rejected
    with LiveServer(data) as server:
        yield server


def assert_inert(page: Page) -> None:
    assert page.evaluate("typeof window.__pwned") == "undefined"
    # No element came out of the page text: these pages carry no script and no image of their own.
    assert page.locator("main script, main img").count() == 0
    text = page.locator("main").inner_text()
    assert SCRIPT in text or IMAGE in text, "the markup should be shown as text"


def test_page_markup_is_shown_literally_and_never_runs(page: Page, hostile_server: LiveServer,
                                                       console: Console) -> None:
    article = httpx2.get(hostile_server.url + "/api/articles").json()["items"][0]
    page.goto(hostile_server.url + article["url"])
    assert_inert(page)
    assert SCRIPT in page.locator("h1").inner_text()
    assert IMAGE in page.locator(".story").inner_text()

    page.goto(hostile_server.url + "/search?q=专项行动")
    assert page.locator("ol.articles > li").count() == 1
    assert page.locator("ol.articles mark").count() >= 1
    assert_inert(page)

    page.goto(hostile_server.url + article["url"])
    page.locator(".provenance a[href^='/pages/']").click()
    page.wait_for_url("**/pages/*")
    assert_inert(page)
    text = page.locator(".source-text").inner_text()
    assert SCRIPT in text and IMAGE in text
    assert console.errors == []
