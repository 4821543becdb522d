"""Small facts about the archive kept in the meta table, above all its generation.

Every change to articles moves the generation on; the search index records the generation it was
built for, so a mismatch says the index must catch up.
"""

from sqlmodel import Session

from app.archive.models import Meta

GENERATION_KEY = "generation"


def get_meta(session: Session, key: str) -> str | None:
    row = session.get(Meta, key)
    return row.value if row else None


def set_meta(session: Session, key: str, value: str) -> None:
    row = session.get(Meta, key) or Meta(key=key, value=value)
    row.value = value
    session.add(row)


def generation(session: Session) -> int:
    return int(get_meta(session, GENERATION_KEY) or 0)


def bump_generation(session: Session) -> int:
    """Every change to articles moves the generation on; the search index must match it."""
    value = generation(session) + 1
    set_meta(session, GENERATION_KEY, str(value))
    return value
