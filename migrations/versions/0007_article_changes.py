"""which articles each generation changed, for servers that keep their own search index

Revision ID: 0007
Revises: 0006
"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "article_change",
        sa.Column("generation", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("article_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True,
                  autoincrement=False),
    )
    # What changed before this revision is not recorded: an index older than now is rebuilt, not patched.
    op.execute("INSERT INTO meta (key, value) SELECT 'changes_from', value FROM meta WHERE key = 'generation'")


def downgrade() -> None:
    op.execute("DELETE FROM meta WHERE key = 'changes_from'")
    op.drop_table("article_change")
