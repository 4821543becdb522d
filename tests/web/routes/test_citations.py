"""Citations on article pages and as downloads, from a page whose metadata names its newspaper."""

import html
import json
import re
import shutil

import pytest

from fastapi.testclient import TestClient

from app.web.app import create_app
from app.web.deps import LOCAL_URL
from tests.helpers import SEEDS, run_cli
from tests.databases import settings_for

META = {"newspaper": "苏州日报", "date": "2022-11-08", "edition": "A05"}


@pytest.fixture(scope="module")
def dated(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("cite")
    folder = root / "pages"
    folder.mkdir()
    seed = sorted(SEEDS.glob("*.txt"))[0]
    shutil.copy(seed, folder / "A05.txt")
    (folder / "A05.meta.json").write_text(json.dumps(META, ensure_ascii=False), encoding="utf-8")
    assert run_cli(root / "data", "ingest", str(folder)).returncode == 0
    with TestClient(create_app(settings_for(root / "data"))) as client:
        record = next(r for r in client.get("/api/articles?per_page=50").json()["items"] if r["authors"])
        yield client, record


def meta_tags(page: str) -> list[tuple[str, str]]:
    return [(n, html.unescape(c)) for n, c in re.findall(r'<meta name="(citation_[a-z_]+)" content="([^"]*)">', page)]


def test_article_page_carries_highwire_tags_coins_and_the_gbt_citation(dated) -> None:  # type: ignore[no-untyped-def]
    client, record = dated
    page = client.get(record["url"]).text
    tags = meta_tags(page)
    permalink = f"{LOCAL_URL}{record['url']}"  # the configured public URL, never the request's host
    assert ("citation_title", record["title"]) in tags
    assert [v for k, v in tags if k == "citation_author"] == record["authors"]
    assert ("citation_journal_title", "苏州日报") in tags and ("citation_publication_date", "2022/11/08") in tags
    assert ("citation_firstpage", "A05") in tags and ("citation_public_url", permalink) in tags
    coins = html.unescape(re.search(r'<span class="Z3988" title="([^"]+)"', page).group(1))
    assert "rft.atitle=" in coins and "rft.date=2022-11-08" in coins
    citation = html.unescape(re.search(r'<output class="citation">(.*?)</output>', page).group(1))
    assert re.fullmatch(rf".+\[N/OL\]\. 苏州日报, 2022-11-08\(A05\)\[\d{{4}}-\d\d-\d\d\]\. {re.escape(permalink)}\.",
                        citation), citation
    assert "版面文件" not in citation


def test_one_article_downloads_as_ris_bibtex_and_csl_json(dated) -> None:  # type: ignore[no-untyped-def]
    client, record = dated
    ris = client.get(f"/api/articles/{record['id']}.ris")
    assert ris.headers["content-type"].startswith("application/x-research-info-systems")
    assert f'filename="zhenzhi-{record["id"]}.ris"' in ris.headers["content-disposition"]
    assert f"TI  - {record['title']}" in ris.text and "T2  - 苏州日报" in ris.text
    bib = client.get(f"/api/articles/{record['id']}.bib").text
    assert bib.startswith(f"@article{{zhenzhi{record['id']},") and "journal = {苏州日报}" in bib
    csl = client.get(f"/api/articles/{record['id']}.csl.json").json()
    assert csl[0]["title"] == record["title"] and csl[0]["issued"] == {"date-parts": [[2022, 11, 8]]}
    assert client.get(f"/api/articles/{record['id']}.doc").status_code == 422


def test_a_whole_search_result_downloads_as_citations(dated) -> None:  # type: ignore[no-untyped-def]
    client, _ = dated
    total = client.get("/api/search?q=街道").json()["total"]
    assert total > 1
    assert client.get("/api/search.ris?q=街道").text.count("TY  - NEWS") == total
    assert client.get("/api/search.bib?q=街道").text.count("@article{") == total
    assert len(client.get("/api/search.csl.json?q=街道").json()) == total
    page = client.get("/search?q=街道").text
    assert 'href="/api/search.ris?q=%E8%A1%97%E9%81%93"' in page
    assert client.get("/api/search.ris?q=title:").status_code == 400


def test_without_a_newspaper_the_page_says_the_file_stands_in(client) -> None:  # type: ignore[no-untyped-def]
    record = client.get("/api/articles?per_page=1").json()["items"][0]
    page = client.get(record["url"]).text
    assert "版面文件[" in page and "档案中没有这一版的报纸名称" in page
    assert record["source"]["file"] not in re.search(r'<output class="citation">(.*?)</output>', page).group(1)
