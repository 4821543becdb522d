"""the article table keyed by its insertion order (SQLite); the place listings' indexes carry the id

On SQLite an INTEGER primary key is the rowid, the order of the table's B-tree. Article ids are hashes
(0005), so every article stored landed on another leaf of the table, rows and bodies and all: each page's
commit split and wrote leaves all over it. The table is rebuilt with the id declared BIGINT: the id stays
the primary key and every article keeps its id (the URLs and citations), now in a unique index of its own,
and the rowid follows the order articles are stored in. The side tables still reference article.id.

Indexes hold the rowid, not the id, from now on: the listings read article ids in page order from
ix_article_{level}_page (a place's) and ix_article_page_seq (the whole archive's) alone, so the id joins
those indexes. On PostgreSQL (a heap with an index on the id already) only the indexes change.

Revision ID: 0010
Revises: 0009
"""
import warnings

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

LEVELS = ("city", "county", "town")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        rekey(sa.Integer(), sa.BigInteger())
    listing_indexes(", id")


def downgrade() -> None:
    listing_indexes("")
    if op.get_bind().dialect.name == "sqlite":
        rekey(sa.BigInteger(), sa.Integer())


def rekey(old: sa.types.TypeEngine, new: sa.types.TypeEngine) -> None:
    # The copy keeps every column and row; the bylines and posts, which reference article.id, are left as
    # they are (this connection does not enforce foreign keys while the table is swapped).
    # The copy reflects the tables the article references; SQLAlchemy cannot reflect the page table's index on an
    # expression (0006's ix_page_newest) and says so, though the page table is not touched: no concern of the reader's.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index", sa.exc.SAWarning)
        with op.batch_alter_table("article", recreate="always") as batch_op:
            batch_op.alter_column("id", existing_type=old, type_=new, existing_nullable=False, autoincrement=False)


def listing_indexes(extra: str) -> None:
    for name, columns in [*((f"ix_article_{level}_page", f"{level}_code, ") for level in LEVELS),
                          ("ix_article_page_seq", "")]:
        op.execute(f"DROP INDEX IF EXISTS {name}")
        op.execute(f"CREATE INDEX {name} ON article ({columns}page_id, seq{extra})")
