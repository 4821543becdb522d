"""`zhenzhi retag` re-runs place tagging over stored articles without reading the files again."""

import json
from pathlib import Path

from app.archive.db import make_engine
from app.jobs.pipeline import retag
from tests.helpers import app_client, run_cli
from tests.databases import open_db, settings_for


def places(data_dir: Path) -> list[tuple]:
    with open_db(data_dir) as db:
        return db.execute("SELECT id, city, county, town, place_code, county_code, mentions FROM article "
                          "ORDER BY id").fetchall()


def test_retag_restores_tags_and_the_search_filters_follow(seeded_copy: Path) -> None:
    data = seeded_copy
    good = places(data)
    with open_db(data) as db:  # tags as an older gazetteer might have left them
        db.execute("UPDATE article SET city=NULL, county=NULL, town=NULL, place_code=NULL, city_code=NULL, "
                   "county_code=NULL, town_code=NULL, mentions='[]'")
        db.execute("UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS VARCHAR) WHERE key = 'generation'")
    result = run_cli(data, "retag")
    assert result.returncode == 0, result.stderr
    assert f"retagged {len(good)} articles" in result.stdout
    assert places(data) == good
    # every article whose tags came back is listed once, with its place before and after
    listed = [line for line in result.stdout.splitlines() if line.startswith("changed ")]
    restored = [row for row in good if row[4] or json.loads(row[-1])]
    assert len(listed) == len(restored) and f"retagged {len(good)} articles, {len(restored)} changed" in result.stdout
    gusu = next(row for row in good if row[2] == "姑苏区")
    line = next(line for line in listed if line.startswith(f"changed {gusu[0]} «"))
    assert line.endswith(f"—/—/— → {gusu[1]}/{gusu[2]}/{gusu[3] or '—'}")
    assert any(json.loads(row[-1]) for row in good)
    with app_client(data) as client:
        hits = client.get("/api/search", params={"q": "街道", "county": "姑苏区"}).json()
    assert hits["total"] >= 1 and all(item["place"]["county"] == "姑苏区" for item in hits["items"])


def test_retag_of_an_unchanged_archive_changes_nothing(seeded_copy: Path) -> None:
    data = seeded_copy
    before = places(data)
    settings = settings_for(data)
    engine = make_engine(settings)
    try:
        _seen, changed = retag(settings, engine)  # the job itself; the command is tested above
    finally:
        engine.dispose()
    assert changed == []
    assert places(data) == before


def test_retag_that_fills_people_moves_the_generation_and_reindexes_them(seeded_copy: Path) -> None:
    data = seeded_copy
    with open_db(data) as db:  # an archive stored before people were kept
        db.execute("DELETE FROM person_post")
        generation = db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()[0]
    settings = settings_for(data)
    engine = make_engine(settings)
    try:
        retag(settings, engine)
    finally:
        engine.dispose()
    with open_db(data) as db:
        assert db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()[0] != generation
        assert db.execute("SELECT count(*) FROM person_post WHERE name = '曹裕银'").fetchone()[0] == 1
    with app_client(data) as client:  # the index took the retagged articles again
        assert client.get("/api/search", params={"q": "person:曹裕银"}).json()["total"] == 1


def test_the_collector_rests_while_a_page_is_tagged_and_is_left_as_it_was() -> None:
    import gc

    from app.jobs.analysis import analyse

    seen = []

    def tagging(articles):
        seen.append(gc.isenabled())
        return [None] * len(articles)

    enabled = gc.isenabled()
    try:
        gc.enable()
        rows, _ = analyse("梧桐巷里开书屋\n\n本报讯 近日，梧桐巷的老茶馆改成了社区书屋，街坊们傍晚常来坐坐。\n",
                          tagging)
        assert len(rows.articles) == 1 and seen == [False] and gc.isenabled()
        gc.disable()  # a caller that paused it itself
        analyse("梧桐巷里开书屋\n\n本报讯 近日，梧桐巷的老茶馆改成了社区书屋。\n", tagging)
        assert not gc.isenabled()
    finally:
        (gc.enable if enabled else gc.disable)()


def test_a_tagger_fault_on_one_page_stores_its_articles_untagged_and_says_so(caplog) -> None:
    from app.jobs.analysis import analyse

    def failing(articles):
        raise ValueError("a tagger bug")

    with caplog.at_level("WARNING", logger="zhenzhi.ingest"):
        rows, _ = analyse("梧桐巷里开书屋\n\n本报讯 近日，梧桐巷的老茶馆改成了社区书屋，街坊们傍晚常来坐坐。\n",
                          failing, "p01.txt")
    assert len(rows.articles) == 1  # the page is not lost
    assert [r.getMessage() for r in caplog.records] == [
        "p01.txt: stored without places and people (ValueError: a tagger bug)"]
