"""the place tree and the count of places answered from indexes alone

The place tree (every city, county and town with its number of articles) and the number of places
named are counted for the home page and the place pages once per generation. Grouped over the article
table itself, that reads every article row, bodies and all: seconds at a few hundred thousand
articles, and the first reader after a start or an ingest waits for it. With the place columns in one
index, and the place code in another, both counts read only those indexes.

Revision ID: 0009
Revises: 0008
"""
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX IF NOT EXISTS ix_article_place_tree "
               "ON article (city_code, city, county_code, county, town_code, town)")
    op.execute("CREATE INDEX IF NOT EXISTS ix_article_place_code ON article (place_code)")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_article_place_code")
    op.execute("DROP INDEX IF EXISTS ix_article_place_tree")
