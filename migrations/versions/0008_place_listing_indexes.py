"""place listings answered from an index alone

A place's articles, newest first, and its articles per day are read for every place page. With the
place code followed by the article's page and position in one index, both come from that index and
the small page table, without reading a single article row (bodies and all); only the page of
articles shown is then fetched. The single-column indexes on the town and city codes are their
prefixes and go.

Revision ID: 0008
Revises: 0006
"""
from alembic import op

revision = "0008"
down_revision = "0006"
branch_labels = None
depends_on = None

LEVELS = ("city", "county", "town")


def upgrade() -> None:
    for level in LEVELS:
        op.execute(f"CREATE INDEX IF NOT EXISTS ix_article_{level}_page ON article ({level}_code, page_id, seq)")
    op.execute("DROP INDEX IF EXISTS ix_article_town_code")
    op.execute("DROP INDEX IF EXISTS ix_article_city_code")


def downgrade() -> None:
    op.execute("CREATE INDEX IF NOT EXISTS ix_article_town_code ON article (town_code)")
    op.execute("CREATE INDEX IF NOT EXISTS ix_article_city_code ON article (city_code)")
    for level in LEVELS:
        op.execute(f"DROP INDEX IF EXISTS ix_article_{level}_page")
