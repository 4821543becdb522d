"""Keeps the places table in step with the gazetteer shipped in app/places/data."""

import csv
import hashlib
from pathlib import Path

from sqlmodel import Session

from app.archive import plain
from app.archive.db import lock_for_writing
from app.archive.meta import get_meta, set_meta
from app.archive.models import Place

GAZETTEER_CSV = Path(__file__).resolve().parent.parent / "places" / "data" / "china_divisions.csv"
HASH_KEY = "gazetteer_hash"
PLACE_COLUMNS = ("code", "name", "level", "parent_code", "status")  # as the file names them


def load_places_table(session: Session, csv_path: Path = GAZETTEER_CSV) -> bool:
    """Reload the table when the gazetteer file changed; True when it did. The caller commits."""
    data = csv_path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if get_meta(session, HASH_KEY) == digest:
        return False
    lines = csv.reader(data.decode("utf-8-sig").splitlines())
    at = {name: n for n, name in enumerate(next(lines))}
    code, name, level, parent, status = (at[column] for column in PLACE_COLUMNS)
    rows = [(row[code], row[name], row[level], row[parent] or None, row[status]) for row in lines]
    lock_for_writing(session)  # two servers starting at once load it one after the other
    if get_meta(session, HASH_KEY) == digest:
        return False
    table = Place.__table__  # type: ignore[attr-defined]
    plain.run(session, f"DELETE FROM {table.name}")
    # Tens of thousands of rows of plain text: one executemany on the driver, without SQLAlchemy's work per row
    # (a third of a second of every new archive's first ingest).
    plain.insert_many(session, table, PLACE_COLUMNS, rows)
    set_meta(session, HASH_KEY, digest)
    return True
