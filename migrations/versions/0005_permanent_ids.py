"""permanent article ids: ids derived from page and text, redirects for the ids that changed; page aliases

Revision ID: 0005
Revises: 0004
"""
import json
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from app.archive.identity import article_ids

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "article_redirect",
        sa.Column("old_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True,
                  autoincrement=False),
        sa.Column("successors", sa.String(), nullable=False),
        sa.Column("page_file", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=True),
        sa.Column("retired_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "page_alias",
        sa.Column("old_file", sa.String(), primary_key=True),
        sa.Column("file", sa.String(), nullable=False),
    )
    rekey_articles()


def rekey_articles() -> None:
    """Give stored articles their permanent ids; each old insertion-order id redirects to its article."""
    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT a.id, a.kind, a.title, a.body, a.page_id, p.file FROM article a JOIN page p ON p.id = a.page_id "
        "ORDER BY a.page_id, a.seq")).all()
    if not rows:
        return
    by_page: dict[int, list] = {}
    for row in rows:
        by_page.setdefault(row.page_id, []).append(row)
    now = datetime.now(UTC).replace(tzinfo=None)
    taken: set[int] = set()
    moves: list[tuple[int, int, str, str | None]] = []
    for page_rows in by_page.values():
        ids = article_ids(page_rows[0].file, [(r.kind, r.title, r.body) for r in page_rows], frozenset(taken))
        taken.update(ids)
        moves += [(r.id, new_id, r.file, r.title) for r, new_id in zip(page_rows, ids) if r.id != new_id]
    # Negative ids first, so no new id ever meets an old one that has not moved yet.
    for old_id, _, _, _ in moves:
        bind.execute(sa.text("UPDATE article SET id = :tmp WHERE id = :old"), {"tmp": -old_id, "old": old_id})
        bind.execute(sa.text("UPDATE article_author SET article_id = :tmp WHERE article_id = :old"),
                     {"tmp": -old_id, "old": old_id})
    for old_id, new_id, file, title in moves:
        bind.execute(sa.text("UPDATE article SET id = :new WHERE id = :tmp"), {"new": new_id, "tmp": -old_id})
        bind.execute(sa.text("UPDATE article_author SET article_id = :new WHERE article_id = :tmp"),
                     {"new": new_id, "tmp": -old_id})
        bind.execute(sa.text("INSERT INTO article_redirect (old_id, successors, page_file, title, retired_at) "
                             "VALUES (:old, :succ, :file, :title, :now)"),
                     {"old": old_id, "succ": json.dumps([new_id]), "file": file, "title": title, "now": now})
    # The search index knows the old ids: move the generation on so it is rebuilt.
    bind.execute(sa.text("UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS VARCHAR) "
                         "WHERE key = 'generation'"))


def downgrade() -> None:
    op.drop_table("page_alias")
    op.drop_table("article_redirect")
