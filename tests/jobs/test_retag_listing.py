"""`zhenzhi retag` lists the articles whose places it changed, old → new."""

from pathlib import Path

from tests.helpers import run_cli
from tests.databases import open_db


def test_retag_lists_each_changed_article_with_its_place_before_and_after(seeded_copy: Path):
    data = seeded_copy
    with open_db(data) as db:
        article_id, title, city, county, town = db.execute(
            "SELECT id, title, city, county, town FROM article WHERE town IS NOT NULL ORDER BY id LIMIT 1").fetchone()
        # as an older tagger might have left it: the county, but not the town
        db.execute("UPDATE article SET town = NULL, town_code = NULL, place_code = county_code WHERE id = ?",
                   (article_id,))
    result = run_cli(data, "retag")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert f"changed {article_id} «{title}»: {city}/{county}/— → {city}/{county}/{town}" in lines
    assert lines[-1].endswith("1 changed")
    assert run_cli(data, "retag").stdout.strip().splitlines()[-1].endswith("0 changed")
