"""The places table follows the gazetteer file: loaded into a new archive, loaded again when the file changes."""

import csv
from pathlib import Path

from sqlmodel import Session

from app.archive import plain
from app.archive.db import make_engine
from app.archive.gazetteer import GAZETTEER_CSV, load_places_table
from tests.databases import settings_for

COLUMNS = "code, name, level, parent_code, status"


def _file_rows(path: Path) -> list[tuple]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return sorted((r["code"], r["name"], r["level"], r["parent_code"] or None, r["status"])
                      for r in csv.DictReader(f))


def _table_rows(session: Session) -> list[tuple]:
    return sorted(tuple(row) for row in plain.run(session, f"SELECT {COLUMNS} FROM place"))


def test_the_places_table_holds_the_file_s_rows_and_follows_a_changed_file(archive_dir: Path, tmp_path: Path) -> None:
    engine = make_engine(settings_for(archive_dir))
    # A smaller file with other columns in another order: a few towns of 苏州 and a changed county.
    changed = tmp_path / "divisions.csv"
    changed.write_text("status,parent_code,level,name,code,source\n"
                       "current,,city,苏州市,320500,mca\n"
                       "current,320500,county,常熟市,320581,mca\n"
                       "former,320581,town,虞山镇,320581100,mca\n", encoding="utf-8")
    try:
        with Session(engine) as session:
            load_places_table(session)  # the archive's own load, or this one: the file's rows either way
            session.commit()
            assert _table_rows(session) == _file_rows(GAZETTEER_CSV)
            assert load_places_table(session) is False  # unchanged: nothing to do
            assert load_places_table(session, changed) is True
            session.commit()
            assert _table_rows(session) == _file_rows(changed)
            assert ("320581100", "虞山镇", "town", "320581", "former") in _table_rows(session)
    finally:
        engine.dispose()
