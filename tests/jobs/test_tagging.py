"""`zhenzhi retag` re-runs place tagging over stored articles without reading the files again."""

import json
import sqlite3
from pathlib import Path

from app.archive.db import make_engine
from app.config import Settings
from app.jobs.pipeline import retag
from tests.helpers import app_client, run_cli


def places(data_dir: Path) -> list[tuple]:
    with sqlite3.connect(data_dir / "archive.db") as db:
        return db.execute("SELECT id, city, county, town, place_code, county_code, mentions FROM article "
                          "ORDER BY id").fetchall()


def test_retag_restores_tags_and_the_search_filters_follow(seeded_copy: Path) -> None:
    data = seeded_copy
    good = places(data)
    with sqlite3.connect(data / "archive.db") as db:  # tags as an older gazetteer might have left them
        db.execute("UPDATE article SET city=NULL, county=NULL, town=NULL, place_code=NULL, city_code=NULL, "
                   "county_code=NULL, town_code=NULL, mentions='[]'")
        db.execute("UPDATE meta SET value = value + 1 WHERE key = 'generation'")
    result = run_cli(data, "retag")
    assert result.returncode == 0, result.stderr
    assert f"retagged {len(good)} articles" in result.stdout
    assert places(data) == good
    assert any(json.loads(row[-1]) for row in good)
    with app_client(data) as client:
        hits = client.get("/api/search", params={"q": "街道", "county": "姑苏区"}).json()
    assert hits["total"] >= 1 and all(item["place"]["county"] == "姑苏区" for item in hits["items"])


def test_retag_of_an_unchanged_archive_changes_nothing(seeded_copy: Path) -> None:
    data = seeded_copy
    before = places(data)
    settings = Settings(data_dir=data)
    engine = make_engine(settings)
    try:
        _seen, changed = retag(settings, engine)  # the job itself; the command is tested above
    finally:
        engine.dispose()
    assert changed == []
    assert places(data) == before
