"""In a real browser: an article page hands its metadata to reference managers (meta tags, COinS, RIS,
BibTeX and CSL-JSON downloads), a search result downloads as citations, and the pages a reader meets
when something is wrong (404, 422, an article divided or gone) speak Chinese and pass axe."""

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

from tests.helpers import SEEDS, LiveServer, run_cli

pytestmark = pytest.mark.browser
BLOCKING = {"serious", "critical"}


def blocking_violations(page: Page, context: dict | None = None) -> list[str]:
    result = Axe().run(page, context=context) if context else Axe().run(page)
    return [f"{v['id']}: {v['help']}" for v in result.response["violations"] if v["impact"] in BLOCKING]


def test_article_page_gives_reference_managers_its_metadata(page: Page, live_server: LiveServer,
                                                           site_pages: dict[str, str]) -> None:
    page.goto(live_server.url + site_pages["article"])
    title = page.locator("h1").inner_text()
    assert page.locator("meta[name='citation_title']").get_attribute("content") == title
    authors = page.locator("meta[name='citation_author']").evaluate_all("tags => tags.map(t => t.content)")
    assert authors == page.locator(".byline a").all_inner_texts()
    assert page.locator("meta[name='citation_public_url']").get_attribute("content") == page.url
    assert "rft.atitle=" in page.locator("span.Z3988").get_attribute("title")

    found = {}
    for label in ("RIS", "BibTeX", "CSL-JSON"):
        with page.expect_download() as download:
            page.locator(".cite-downloads").get_by_role("link", name=label).click()
        found[label] = Path(download.value.path()).read_text(encoding="utf-8")
    assert found["RIS"].startswith("TY  - NEWS") and f"TI  - {title}" in found["RIS"]
    assert found["BibTeX"].startswith("@article{zhenzhi") and f"title = {{{title}}}" in found["BibTeX"]
    assert json.loads(found["CSL-JSON"])[0]["URL"] == page.url
    assert blocking_violations(page) == []


def test_a_search_result_downloads_as_one_citation_file(page: Page, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/search?q=街道")
    total = int(page.locator(".result-count strong").inner_text())
    with page.expect_download() as download:
        page.get_by_role("link", name="RIS").click()
    assert Path(download.value.path()).read_text(encoding="utf-8").count("TY  - NEWS") == total


@pytest.fixture(scope="module")
def changed_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, dict[str, int]]]:
    """An archive whose first page had an article divided and whose last page lost one."""
    root = tmp_path_factory.mktemp("changed")
    folder, data = root / "pages", root / "data"
    shutil.copytree(SEEDS, folder)
    assert run_cli(data, "ingest", str(folder)).returncode == 0
    records = [json.loads(line) for line in run_cli(data, "export").stdout.splitlines()]
    files = sorted(p.name for p in folder.glob("*.txt"))
    divided = [r for r in records if r["source"]["file"] == files[0]][1]
    gone = [r for r in records if r["source"]["file"] == files[-1]][1]
    first = folder / files[0]
    lines = first.read_text(encoding="utf-8").split("\n")
    at = divided["source"]["lines"][0][0] + 10
    first.write_text("\n".join([*lines[:at - 1], "吴门桥街道 青年能人走上前台", "", *lines[at - 1:]]), encoding="utf-8")
    last = folder / files[-1]
    ranges = gone["source"]["lines"]
    last.write_text("\n".join("" if any(a <= n <= b for a, b in ranges) else line for n, line in
                              enumerate(last.read_text(encoding="utf-8").split("\n"), start=1)), encoding="utf-8")
    assert run_cli(data, "ingest", str(folder)).returncode == 0
    with LiveServer(data) as server:
        yield server, {"divided": divided["id"], "gone": gone["id"]}


@pytest.mark.parametrize(("path", "status", "said"), [
    ("/nowhere", 404, "这个地址没有对应的页面"),
    ("/articles/abc", 422, "应当是整数"),
    ("/search?q=街道&sort=x", 422, "排序方式“x”不是可用的值"),
    ("/search?q=街道&page=99", 200, "没有第 99 页"),
])
def test_error_pages_speak_chinese_and_pass_axe(page: Page, live_server: LiveServer, path: str, status: int,
                                                said: str) -> None:
    response = page.goto(live_server.url + path)
    assert response is not None and response.status == status
    text = page.locator("main").inner_text()
    assert said in text and "Not Found" not in text and "Input should" not in text
    assert page.locator("h1").count() == 1
    assert blocking_violations(page) == []


def test_divided_and_gone_articles_explain_themselves(page: Page, changed_server) -> None:  # type: ignore[no-untyped-def]
    server, ids = changed_server
    response = page.goto(f"{server.url}/articles/{ids['divided']}")
    assert response is not None and response.status == 300
    parts = page.locator("main li a")
    assert parts.count() == 2 and "吴门桥街道 青年能人走上前台" in parts.all_inner_texts()
    assert blocking_violations(page) == []
    parts.first.click()
    assert page.locator("h1").count() == 1 and "/articles/" in page.url

    response = page.goto(f"{server.url}/articles/{ids['gone']}")
    assert response is not None and response.status == 410
    assert "已不在档案中" in page.locator("h1").inner_text()
    assert blocking_violations(page) == []
    page.get_by_role("link", name="版面").click()
    assert page.locator("h1").inner_text().startswith("版面原文")


def test_docs_page_has_the_site_header_and_passes_axe(page: Page, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/docs")
    # Swagger UI renders the API's own title as a heading once its script has run: look after it has.
    page.locator("#swagger-ui .opblock").first.wait_for()
    assert page.get_by_role("banner").count() == 1
    # The site's heading comes first; the API's title inside the widget follows it.
    assert page.locator("h1").first.inner_text() == "API 文档"
    # Swagger UI's own widgets are a third party's; the site's part of the page must be clean.
    assert blocking_violations(page, {"exclude": [["#swagger-ui"]]}) == []
