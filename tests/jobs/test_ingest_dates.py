"""Ingest reads newspaper, date and edition from sidecar, file name, folders and masthead, and refuses bad dates."""

import json
from pathlib import Path

from tests.helpers import dated_page, run_cli, write_dated_pages
from tests.databases import open_db


def pages(data: Path) -> dict[str, tuple]:
    with open_db(data) as db:
        rows = db.execute("SELECT file, newspaper, canonical_newspaper, date, edition, meta_origin FROM page")
        return {row[0]: (*row[1:5], json.loads(row[5])) for row in rows}


def test_every_source_is_read_and_its_origin_recorded(tmp_path: Path) -> None:
    folder = write_dated_pages(tmp_path / "pages")
    data = tmp_path / "data"
    result = run_cli(data, "ingest", str(folder))
    assert result.returncode == 0, result.stderr
    stored = pages(data)
    assert stored["szrb-20211103-A02.txt"][:4] == ("szrb", "苏州日报", "2021-11-03", "A02")
    assert stored["gusu-may.txt"] == ("姑苏晚报", "姑苏晚报", "2019-05-20", "B02",
                                      {"newspaper": "sidecar", "date": "sidecar", "edition": "sidecar"})
    assert stored["姑苏晚报/2020-01-15/A03.txt"][:4] == ("姑苏晚报", "姑苏晚报", "2020-01-15", "A03")
    assert stored["wuxi.txt"] == ("无锡日报", "无锡日报", "2018-03-02", "A04",
                                  {"newspaper": "masthead", "date": "masthead", "edition": "masthead"})
    assert stored["undated.txt"][:4] == (None, None, None, None)
    export = [json.loads(line) for line in run_cli(data, "export").stdout.splitlines()]
    wuxi = [r for r in export if r["source"]["file"] == "wuxi.txt"]
    assert wuxi[0]["title"].startswith("平江街道")  # the masthead lines are not taken for a headline


def test_a_bad_date_is_one_rejected_line_and_the_other_files_go_in(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "good.txt").write_text(dated_page("垃圾"), encoding="utf-8")
    (folder / "bad.txt").write_text(dated_page("网格"), encoding="utf-8")
    (folder / "bad.meta.json").write_text('{"date": "2022-13-45"}', encoding="utf-8")
    (folder / "苏州日报_2999-01-01_A01.txt").write_text(dated_page("道路"), encoding="utf-8")
    data = tmp_path / "data"
    result = run_cli(data, "ingest", str(folder))
    assert result.returncode == 1
    rejected = sorted(line for line in result.stdout.splitlines() + result.stderr.splitlines()
                      if line.startswith("rejected:"))
    assert len(rejected) == 2
    assert rejected[0].endswith("bad.txt: metadata: date '2022-13-45' is not a calendar date")
    assert "2999-01-01" in rejected[1] and rejected[1].endswith("is in the future")
    assert set(pages(data)) == {"good.txt"}
