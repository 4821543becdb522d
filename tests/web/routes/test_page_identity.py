"""A page is known by its path under the ingested folder: pages of one name in two folders stay apart,
and names with `#`, `?` or `%2F` get working links."""

import json
import shutil
from pathlib import Path

from fastapi.testclient import TestClient

from app.web.app import create_app
import httpx2

from tests.helpers import SEEDS, LiveServer, ingest, run_cli
from tests.databases import settings_for


def two_days(root: Path) -> Path:
    seeds = sorted(SEEDS.glob("*.txt"))
    for day, seed in (("2022-11-08", seeds[0]), ("2022-11-09", seeds[1])):
        (root / day).mkdir(parents=True)
        shutil.copy(seed, root / day / "A05.txt")
    return root


def test_same_name_in_two_folders_is_two_pages_and_re_ingest_is_idempotent(tmp_path: Path) -> None:
    folder, data = two_days(tmp_path / "pages"), tmp_path / "data"
    first = run_cli(data, "ingest", str(folder))
    assert first.returncode == 0 and "ingested 2 files" in first.stdout
    again = run_cli(data, "ingest", str(folder))
    assert "ingested 0 files" in again.stdout and "2 unchanged" in again.stdout
    with TestClient(create_app(settings_for(data))) as client:
        pages = {p: client.get(f"/api/pages/{p}").json() for p in ("2022-11-08/A05.txt", "2022-11-09/A05.txt")}
        assert all(page["article_count"] > 0 for page in pages.values())
        titles = [{a["title"] for a in page["article_list"]} for page in pages.values()]
        assert titles[0].isdisjoint(titles[1])
        assert client.get("/api/articles?per_page=1").json()["total"] == sum(
            p["article_count"] for p in pages.values())
        html = client.get("/pages/2022-11-08/A05.txt")
        assert html.status_code == 200 and 'href="/api/pages/2022-11-08/A05.txt"' in html.text


def test_a_different_printed_page_of_the_same_identity_is_refused_not_merged(tmp_path: Path) -> None:
    folder, data = two_days(tmp_path / "pages"), tmp_path / "data"
    for day in ("2022-11-08", "2022-11-09"):
        meta = {"newspaper": "姑苏晚报", "date": day, "edition": "A05"}
        (folder / day / "A05.meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    assert run_cli(data, "ingest", str(folder / "2022-11-08")).returncode == 0
    second = run_cli(data, "ingest", str(folder / "2022-11-09"))
    assert second.returncode == 1
    assert "rejected: " in second.stderr and "姑苏晚报 2022-11-08 A05) is already known as A05.txt" in second.stderr
    # Ingested from the folder that holds both, each is its own page (the first keeps its articles).
    assert run_cli(data, "ingest", str(folder)).returncode == 0
    with TestClient(create_app(settings_for(data))) as client:
        assert client.get("/api/pages/2022-11-08/A05.txt").json()["article_count"] > 0
        assert client.get("/api/pages/2022-11-09/A05.txt").json()["article_count"] > 0
        # The name the first page had before redirects to it.
        renamed = client.get("/pages/A05.txt", follow_redirects=False)
        assert renamed.status_code == 301 and renamed.headers["location"] == "/pages/2022-11-08/A05.txt"
        assert client.get("/api/pages/A05.txt", follow_redirects=False).headers["location"] == \
            "/api/pages/2022-11-08/A05.txt"


def test_a_file_replacing_a_page_ingested_from_elsewhere_is_noted(tmp_path: Path) -> None:
    folder, data = two_days(tmp_path / "pages"), tmp_path / "data"
    assert run_cli(data, "ingest", str(folder / "2022-11-08")).returncode == 0
    second = run_cli(data, "ingest", str(folder / "2022-11-09"))
    assert second.returncode == 0 and "ingested 1 file:" in second.stdout
    assert "note: " in second.stderr and "replaces the page known as A05.txt" in second.stderr
    assert "to keep both, ingest the folder that holds both" in second.stderr


def test_page_counts_have_clear_names_and_keep_the_old_ones(client) -> None:  # type: ignore[no-untyped-def]
    name = sorted(SEEDS.glob("*.txt"))[0].name
    page = client.get(f"/api/pages/{name}").json()
    assert page["line_count"] == page["lines"] > 0
    assert page["article_count"] == page["articles"] == len(page["article_list"])


def test_names_with_hash_question_mark_and_escaped_slash_link_correctly(tmp_path: Path) -> None:
    folder, data = tmp_path / "pages", tmp_path / "data"
    folder.mkdir()
    odd = "A#1?x%2Fy 版.txt"
    shutil.copy(sorted(SEEDS.glob("*.txt"))[2], folder / odd)
    assert run_cli(data, "ingest", str(folder)).returncode == 0
    # A real server: the test client decodes a path twice, so it cannot tell %252F from %2F.
    with LiveServer(data) as server, httpx2.Client(base_url=server.url) as client:
        record = client.get("/api/articles?per_page=1").json()["items"][0]
        assert record["source"]["file"] == odd
        url = "/pages/A%231%3Fx%252Fy%20%E7%89%88.txt"
        assert f'href="{url}#L' in client.get(record["url"]).text
        page = client.get(url)
        assert page.status_code == 200 and odd in page.text
        assert client.get("/api" + url).json()["file"] == odd
        assert client.get("/").text.count(f'href="{url}"') == 1  # the home page's recent pages


def test_two_files_of_one_identity_in_one_run_are_told_apart_as_in_two_runs(tmp_path: Path) -> None:
    # Both named on their own: both are known as A05.txt. The second, a different printed page, is refused;
    # the same two files with no metadata are one page, the second replacing the first with a note.
    folder, data = two_days(tmp_path / "pages"), tmp_path / "data"
    first, second = folder / "2022-11-08" / "A05.txt", folder / "2022-11-09" / "A05.txt"
    for path, day in ((first, "2022-11-08"), (second, "2022-11-09")):
        meta = {"newspaper": "姑苏晚报", "date": day, "edition": "A05"}
        path.with_name("A05.meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    refused = ingest(data, first, second)
    assert refused.files == 1 and len(refused.rejected) == 1 and refused.rejected[0][0] == str(second)
    assert "is already known as A05.txt" in refused.rejected[0][1]

    for sidecar in folder.rglob("*.meta.json"):
        sidecar.unlink()
    noted = ingest(tmp_path / "other", first, second)
    assert noted.files == 2 and not noted.rejected
    assert any("replaces the page known as A05.txt" in note for note in noted.notes)
    assert "ingested 0 files" in ingest(tmp_path / "other", second).summary()  # the second is the page now
