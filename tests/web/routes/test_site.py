"""The first HTML pages, in process over a real archive: they render the stored articles, escaped."""

import re
from pathlib import Path

from fastapi.testclient import TestClient

from tests.helpers import app_client, ingest
from tests.databases import open_db


def test_home_lists_articles_and_links_its_json_twin(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert '<html lang="zh-CN">' in page.text
    assert '<link rel="alternate" type="application/json" href="/api/articles' in page.text
    first = client.get("/api/articles", params={"per_page": 1}).json()["items"][0]
    assert f'href="/articles/{first["id"]}"' in page.text


def test_article_page_shows_title_body_and_provenance(client: TestClient) -> None:
    record = client.get("/api/articles", params={"per_page": 1}).json()["items"][0]
    full = client.get(f"/api/articles/{record['id']}").json()
    page = client.get(f"/articles/{record['id']}")
    assert page.status_code == 200
    assert full["title"] in page.text
    assert full["body"].split("\n")[0][:20] in page.text
    assert full["source"]["file"] in page.text


def test_unknown_article_page_is_a_helpful_html_404(client: TestClient) -> None:
    page = client.get("/articles/999999")
    assert page.status_code == 404
    assert "text/html" in page.headers["content-type"]
    assert 'href="/"' in page.text


def test_page_text_is_escaped(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    hostile = "<script>alert(1)</script>"
    (folder / "x.txt").write_text(
        f"\n\n某镇开展{hostile}专项行动\n\n本报讯(张三)近日，某镇开展专项行动{hostile}，取得实效。\n\n"
        "活动持续一个月，覆盖全镇各村。\n", encoding="utf-8")
    data = tmp_path / "data"
    assert not ingest(data, folder).rejected
    with open_db(data) as db:
        article_id = db.execute("SELECT id FROM article").fetchone()[0]
    with app_client(data) as client:
        for path in ["/", f"/articles/{article_id}"]:
            html = client.get(path).text
            assert hostile not in html
            assert re.search(r"&lt;script&gt;alert\(1\)&lt;/script&gt;", html), path


def test_recent_pages_without_newspaper_or_date_are_told_apart_by_their_file(client) -> None:
    home = client.get("/").text
    recent = home.split("最近的版面", 1)[1].split("</ul>", 1)[0]
    assert "版面文件 000_553706940eb336c9.txt" in recent
    assert "报名不详 日期不详" not in recent
