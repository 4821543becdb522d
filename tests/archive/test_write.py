"""Storing pages: a page stored for the first time goes in as plain SQL, a page stored again through the
ORM; both must leave the same kind of rows behind."""

import re
from datetime import datetime
from pathlib import Path

from tests.databases import open_db
from tests.helpers import exported, ingest, page, write_page

FIRST = page("镇上召开会议", "吴中区木渎镇昨天召开会议，记者王芳报道。镇长张三说，今年要办好十件实事。")
SECOND = page("镇上召开会议", "吴中区木渎镇昨天召开会议，记者王芳报道。镇长张三说，今年要办好二十件实事。")


def stored_times(data_dir: Path) -> list[object]:
    with open_db(data_dir) as db:
        return [row[0] for row in db.execute("SELECT ingested_at FROM page").fetchall()]


def test_a_new_page_and_a_replaced_one_store_their_time_alike(archive_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    write_page(folder, "a.txt", FIRST)
    assert ingest(archive_dir, folder).files == 1
    [first] = stored_times(archive_dir)
    write_page(folder, "a.txt", SECOND)
    assert ingest(archive_dir, folder).files == 1
    [again] = stored_times(archive_dir)
    if isinstance(first, str):  # SQLite: the text SQLAlchemy writes and reads, no time zone suffix
        assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}", first), first
        assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}", again), again
    else:
        assert isinstance(first, datetime) and isinstance(again, datetime)
    assert again > first
    [article] = exported(archive_dir)
    assert "二十件实事" in article["body"]
    assert article["place"]["town"] == "木渎镇"


def test_a_new_page_keeps_its_bylines_and_people(archive_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    write_page(folder, "a.txt", page("镇上召开会议", "本报记者 王芳",
                                     "吴中区木渎镇昨天召开会议。镇长张三说，今年要办好十件实事。"))
    write_page(folder, "b.txt", page("镇上再开会议", "本报记者 王芳 李明",
                                     "吴中区木渎镇今天再次召开会议。镇长张三说，实事要办实。"))
    assert ingest(archive_dir, folder).files == 2
    records = {r["title"]: r for r in exported(archive_dir)}
    assert records["镇上召开会议"]["authors"] == ["王芳"]
    assert records["镇上再开会议"]["authors"] == ["王芳", "李明"]
    assert [p["name"] for p in records["镇上再开会议"]["people"]] == ["张三"]
    with open_db(archive_dir) as db:  # one author row for 王芳, though both pages credit her
        assert db.execute("SELECT count(*) FROM author WHERE name = ?", ("王芳",)).fetchall()[0][0] == 1
