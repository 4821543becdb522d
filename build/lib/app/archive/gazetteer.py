"""Keeps the places table in step with the gazetteer shipped in app/places/data."""

import csv
import hashlib
from pathlib import Path

from sqlalchemy import delete
from sqlmodel import Session

from app.archive.meta import get_meta, set_meta
from app.archive.models import Place

GAZETTEER_CSV = Path(__file__).resolve().parent.parent / "places" / "data" / "china_divisions.csv"
HASH_KEY = "gazetteer_hash"


def load_places_table(session: Session, csv_path: Path = GAZETTEER_CSV) -> bool:
    """Reload the table when the gazetteer file changed; True when it did. The caller commits."""
    data = csv_path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if get_meta(session, HASH_KEY) == digest:
        return False
    rows = [
        (row["code"], row["name"], row["level"], row["parent_code"] or None, row["status"])
        for row in csv.DictReader(data.decode("utf-8-sig").splitlines())
    ]
    session.exec(delete(Place))  # type: ignore[arg-type]
    # Tens of thousands of rows: the driver's executemany is many times faster than ORM inserts.
    session.connection().exec_driver_sql(
        "INSERT INTO place (code, name, level, parent_code, status) VALUES (?, ?, ?, ?, ?)", rows)
    set_meta(session, HASH_KEY, digest)
    return True
