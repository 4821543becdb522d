"""Permanent links: every article URL the archive once served still answers after the pages change.

The seeds are ingested, every article URL is noted, then edited copies are ingested over them (a line
added, a sentence added, a paragraph removed, an article split, an article removed): each old URL is
the same article (200), a redirect to its successor (301), a list of its successors (300) or 410
with a link to its page. Never a bare 404.
"""

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from tests.databases import settings_for
from app.web.app import create_app
from tests.helpers import SEEDS, check_against_openapi, run_cli

SPLIT_HEADLINE = "吴门桥街道 青年能人走上前台"
ADDED_SENTENCE = "另悉,这项活动将持续到年底。"


def export(data_dir: Path) -> list[dict]:
    result = run_cli(data_dir, "export")
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def ingest(data_dir: Path, folder: Path) -> None:
    result = run_cli(data_dir, "ingest", str(folder))
    assert result.returncode == 0, result.stderr


def edit(path: Path, change) -> None:  # type: ignore[no-untyped-def]
    lines = path.read_text(encoding="utf-8").split("\n")
    path.write_text("\n".join(change(lines)), encoding="utf-8")


def by_file(records: list[dict]) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for r in records:
        found.setdefault(r["source"]["file"], []).append(r)
    return found


def apply_edits(folder: Path, records: list[dict]) -> dict[str, int]:
    """Edit copies of the seeds; returns the id of the article each kind of edit touched."""
    files = sorted(p.name for p in folder.glob("*.txt"))
    pages = by_file(records)
    touched = {}

    # 1. A line added at the top: every article keeps its text, so its id.
    edit(folder / files[1], lambda lines: ["", *lines])

    # 2. A sentence added to an article's last line: the article's text changed.
    edited = next(r for r in pages[files[2]] if r["kind"] == "article" and len(r["body"]) > 200)
    touched["edited"] = edited["id"]
    last = edited["source"]["lines"][-1][1]
    edit(folder / files[2], lambda lines: [*lines[:last - 1], lines[last - 1] + ADDED_SENTENCE, *lines[last:]])

    # 3. A paragraph removed from an article (the second line of its text).
    shortened = next(r for r in pages[files[3]] if r["kind"] == "article" and r["body"].count("\n") >= 3)
    touched["shortened"] = shortened["id"]
    opening = shortened["body"].split("\n")[1][:8]
    text = (folder / files[3]).read_text(encoding="utf-8").split("\n")
    paragraph = next(n for n, line in enumerate(text, start=1) if opening in line)
    edit(folder / files[3], lambda lines: [*lines[:paragraph - 1], *lines[paragraph:]])

    # 4. An article split in two by a new headline (the seed's second article, before its sixth paragraph).
    split = pages[files[0]][1]
    touched["split"] = split["id"]
    at = split["source"]["lines"][0][0] + 10
    edit(folder / files[0], lambda lines: [*lines[:at - 1], SPLIT_HEADLINE, "", *lines[at - 1:]])

    # 5. An article removed: its lines left blank.
    gone = pages[files[4]][1]
    touched["gone"] = gone["id"]
    ranges = gone["source"]["lines"]
    edit(folder / files[4], lambda lines: ["" if any(a <= n <= b for a, b in ranges) else line
                                           for n, line in enumerate(lines, start=1)])
    return touched


@pytest.fixture(scope="module")
def changed_archive(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("permanence")
    folder, data_dir = root / "pages", root / "data"
    shutil.copytree(SEEDS, folder)
    ingest(data_dir, folder)
    before = export(data_dir)
    touched = apply_edits(folder, before)
    ingest(data_dir, folder)
    with TestClient(create_app(settings_for(data_dir)), follow_redirects=False) as client:
        yield client, before, touched, folder, data_dir


def test_every_url_served_before_still_resolves(changed_archive) -> None:  # type: ignore[no-untyped-def]
    client, before, touched, _, _ = changed_archive
    seen = {}
    for record in before:
        for path in (record["url"], f"/api/articles/{record['id']}"):
            response = client.get(path)
            assert response.status_code in (200, 300, 301, 410), (path, response.status_code)
            seen[path] = response.status_code
            if response.status_code == 301:
                assert response.headers["location"].startswith("/api/articles/" if "/api/" in path else "/articles/")
                assert client.get(response.headers["location"]).status_code == 200
    statuses = {code: sum(1 for s in seen.values() if s == code) for code in (200, 300, 301, 410)}
    assert statuses[200] >= 2 * (len(before) - 4)  # all the untouched articles, page and JSON
    assert client.get(f"/articles/{touched['edited']}").status_code == 301
    assert client.get(f"/articles/{touched['shortened']}").status_code == 301
    assert client.get(f"/articles/{touched['split']}").status_code == 300
    assert client.get(f"/articles/{touched['gone']}").status_code == 410


def test_an_edited_article_redirects_to_its_new_text(changed_archive) -> None:  # type: ignore[no-untyped-def]
    client, _, touched, _, _ = changed_archive
    moved = client.get(f"/api/articles/{touched['edited']}")
    assert moved.status_code == 301 and moved.headers["cache-control"] == "no-cache"
    successor = client.get(moved.headers["location"]).json()
    assert successor["body"].endswith(ADDED_SENTENCE)
    assert client.get(f"/api/articles/{touched['edited']}.ris").headers["location"].endswith(".ris")


def test_a_split_article_lists_both_parts_in_chinese_and_in_json(changed_archive) -> None:  # type: ignore[no-untyped-def]
    client, _, touched, _, _ = changed_archive
    page = client.get(f"/articles/{touched['split']}")
    assert page.status_code == 300 and "分成了下面几篇" in page.text
    assert SPLIT_HEADLINE in page.text
    data = client.get(f"/api/articles/{touched['split']}").json()
    check_against_openapi(client.get("/openapi.json").json(), "/api/articles/{article_id}", 300, data)
    assert data["status"] == 300 and len(data["successors"]) == 2
    assert SPLIT_HEADLINE in [s["title"] for s in data["successors"]]
    for successor in data["successors"]:
        assert client.get(successor["url"]).status_code == 200
        assert client.get(successor["api_url"]).status_code == 200


def test_a_removed_article_is_gone_with_a_link_to_its_page(changed_archive) -> None:  # type: ignore[no-untyped-def]
    client, _, touched, _, _ = changed_archive
    page = client.get(f"/articles/{touched['gone']}")
    assert page.status_code == 410 and "已不在档案中" in page.text
    data = client.get(f"/api/articles/{touched['gone']}").json()
    check_against_openapi(client.get("/openapi.json").json(), "/api/articles/{article_id}", 410, data)
    assert data == {**data, "status": 410, "successors": []}
    assert f'href="{data["page"]}"' in page.text
    assert client.get(data["page"]).status_code == 200
    assert client.get(data["page_api_url"]).status_code == 200


def test_a_url_never_served_is_404(changed_archive) -> None:  # type: ignore[no-untyped-def]
    client, *_ = changed_archive
    assert client.get("/articles/999999").status_code == 404
    assert client.get("/api/articles/999999").json()["status"] == 404


def test_ids_survive_reindex_retag_and_a_rebuild_from_the_same_files(changed_archive, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, _, _, folder, data_dir = changed_archive
    ids = [r["id"] for r in export(data_dir)]
    for command in ("reindex", "retag"):
        assert run_cli(data_dir, command).returncode == 0
        assert [r["id"] for r in export(data_dir)] == ids
    fresh = tmp_path / "fresh"
    ingest(fresh, folder)
    assert sorted(r["id"] for r in export(fresh)) == sorted(ids)
    assert all(0 < i < 2**53 for i in ids)  # exact in JavaScript and every JSON reader


def test_lines_moving_keeps_every_id(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    shutil.copytree(SEEDS, folder)
    ingest(tmp_path / "a", folder)
    first = export(tmp_path / "a")
    edit(folder / sorted(p.name for p in folder.glob("*.txt"))[0], lambda lines: ["", "", *lines])  # lines move
    ingest(tmp_path / "a", folder)
    again = export(tmp_path / "a")
    assert [r["id"] for r in again] == [r["id"] for r in first]
    assert again[0]["source"]["lines"] != first[0]["source"]["lines"]


@pytest.mark.sqlite_only  # an archive from before permanent ids is a SQLite file
def test_an_archive_with_insertion_order_ids_keeps_them_as_redirects(tmp_path: Path) -> None:
    """An archive built before ids were permanent: its ids 1, 2, … lead to the same articles."""
    from alembic import command

    from app.archive.db import alembic_config

    settings = Settings(data_dir=tmp_path / "data")
    settings.db_path.parent.mkdir(parents=True)
    command.upgrade(alembic_config(settings), "0002")
    with sqlite3.connect(settings.db_path) as db:
        db.execute("INSERT INTO page (id, file, path, content_hash, encoding, ingested_at, text, line_count) "
                   "VALUES (1, 'old.txt', 'old.txt', 'x', 'utf-8', '2026-01-01 00:00:00', '标题\n正文', 2)")
        db.execute("INSERT INTO article (id, page_id, seq, kind, title, body, sections, credits, lines, mentions) "
                   "VALUES (7, 1, 0, 'article', '标题', '正文', '[]', '[]', '[[1, 2]]', '[]')")
    assert run_cli(settings.data_dir, "stats").returncode == 0  # applies the migrations
    with TestClient(create_app(settings), follow_redirects=False) as client:
        moved = client.get("/articles/7")
        assert moved.status_code == 301
        assert client.get(moved.headers["location"]).status_code == 200
