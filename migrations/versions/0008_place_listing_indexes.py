"""place listings and a place's people answered from indexes alone

A place's articles, newest first, and its articles per day are read for every place page. With the
place code followed by the article's page and position in one index, both come from that index and
the small page table, without reading a single article row (bodies and all); only the page of
articles shown is then fetched. The single-column indexes on the town and city codes are their
prefixes and go. The same for the people of a place (place, name, article) and a person's posts
(name, place, post, article), which replace the indexes of their first columns.

Revision ID: 0008
Revises: 0007
"""
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

LEVELS = ("city", "county", "town")


def upgrade() -> None:
    for level in LEVELS:
        op.execute(f"CREATE INDEX IF NOT EXISTS ix_article_{level}_page ON article ({level}_code, page_id, seq)")
    op.execute("DROP INDEX IF EXISTS ix_article_town_code")
    op.execute("DROP INDEX IF EXISTS ix_article_city_code")
    op.execute("CREATE INDEX IF NOT EXISTS ix_person_post_place_name ON person_post (place_code, name, article_id)")
    op.execute("CREATE INDEX IF NOT EXISTS ix_person_post_name_place "
               "ON person_post (name, place_code, post, article_id)")
    op.execute("DROP INDEX IF EXISTS ix_person_post_place_code")
    op.execute("DROP INDEX IF EXISTS ix_person_post_name")


def downgrade() -> None:
    op.execute("CREATE INDEX IF NOT EXISTS ix_person_post_place_code ON person_post (place_code)")
    op.execute("CREATE INDEX IF NOT EXISTS ix_person_post_name ON person_post (name)")
    op.execute("DROP INDEX IF EXISTS ix_person_post_place_name")
    op.execute("DROP INDEX IF EXISTS ix_person_post_name_place")
    op.execute("CREATE INDEX IF NOT EXISTS ix_article_town_code ON article (town_code)")
    op.execute("CREATE INDEX IF NOT EXISTS ix_article_city_code ON article (city_code)")
    for level in LEVELS:
        op.execute(f"DROP INDEX IF EXISTS ix_article_{level}_page")
