"""`people` in the article record: export, the JSON API, and retag for archives stored before it."""

import json
from pathlib import Path

from fastapi.testclient import TestClient

from app.web.app import create_app
from tests.helpers import run_cli
from tests.databases import copy_archive, open_db, settings_for


def exported(data_dir: Path) -> list[dict]:
    result = run_cli(data_dir, "export")
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def by_title(records: list[dict], title: str) -> dict:
    return next(r for r in records if r["title"] == title)


def test_export_gives_people_with_posts_and_parts_and_an_empty_list_otherwise(seeded_data_dir: Path) -> None:
    records = exported(seeded_data_dir)
    assert all(isinstance(r["people"], list) for r in records)
    article = by_title(records, "常熟辛庄镇成立 “市域一体化”委员工作室")
    assert article["people"] == [{
        "name": "杨晓峰", "posts": ["常熟市副市长", "辛庄镇党委书记"],
        "parts": [{"org": "常熟市", "place_code": "320581", "title": "副市长"},
                  {"org": "辛庄镇党委", "place_code": "320581120", "title": "书记"}],
    }]
    assert by_title(records, "常熟东南街道 智能消防栓全覆盖")["people"] == []


def test_the_api_record_carries_the_same_people(seeded_data_dir: Path) -> None:
    records = exported(seeded_data_dir)
    article = by_title(records, "区领导督查全区防汛防台工作")
    with TestClient(create_app(settings_for(seeded_data_dir))) as client:
        answer = client.get(f"/api/articles/{article['id']}")
    assert answer.status_code == 200
    people = answer.json()["people"]
    assert people == article["people"]
    assert [p["name"] for p in people] == ["胡拥军", "谢小兵", "胡永宁"]
    assert people[0]["parts"] == [{"org": "区委", "place_code": "320613", "title": "书记"}]  # 崇川区's 区委


def test_retag_fills_people_for_articles_stored_without_them(seeded_data_dir: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    copy_archive(seeded_data_dir, data)
    before = exported(data)
    with open_db(data) as db:  # as an archive upgraded from before people
        db.execute("DELETE FROM person_post")
    assert all(r["people"] == [] for r in exported(data))
    result = run_cli(data, "retag")
    assert result.returncode == 0, result.stderr
    assert exported(data) == before


def test_reingesting_a_changed_page_replaces_its_people(pages_dir: Path, data_dir: Path) -> None:
    page = next(pages_dir.glob("002_*.txt"))
    assert run_cli(data_dir, "ingest", str(pages_dir)).returncode == 0
    page.write_text(page.read_text(encoding="utf-8").replace("杨晓峰", "杨晓枫"), encoding="utf-8")
    assert run_cli(data_dir, "ingest", str(pages_dir)).returncode == 0
    names = {p["name"] for r in exported(data_dir) for p in r["people"]}
    assert "杨晓枫" in names and "杨晓峰" not in names
    with open_db(data_dir) as db:
        orphans = db.execute("SELECT count(*) FROM person_post WHERE article_id NOT IN (SELECT id FROM article)")
        assert orphans.fetchone()[0] == 0
