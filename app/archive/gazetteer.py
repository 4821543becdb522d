"""Keeps the places table in step with the gazetteer shipped in app/places/data."""

import csv
import hashlib
from pathlib import Path

from sqlalchemy import delete, insert
from sqlmodel import Session

from app.archive.db import lock_for_writing
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
        {"code": row["code"], "name": row["name"], "level": row["level"], "parent_code": row["parent_code"] or None,
         "status": row["status"]}
        for row in csv.DictReader(data.decode("utf-8-sig").splitlines())
    ]
    lock_for_writing(session)  # two servers starting at once load it one after the other
    if get_meta(session, HASH_KEY) == digest:
        return False
    session.exec(delete(Place))  # type: ignore[arg-type]
    # Tens of thousands of rows: one executemany is many times faster than ORM inserts.
    session.connection().execute(insert(Place), rows)
    set_meta(session, HASH_KEY, digest)
    return True
