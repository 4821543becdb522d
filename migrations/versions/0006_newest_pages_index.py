"""an index in listing order: newest page first

Listings, the home page and exports order articles by their page's printed date (else its ingest
order) and then by their place on the page. With this index SQLite walks pages in that order and
their articles by (page_id, seq), instead of sorting every article, bodies and all, for each request.

Revision ID: 0006
Revises: 0005
"""
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX IF NOT EXISTS ix_page_newest ON page (coalesce(date, '') DESC, id DESC)")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_page_newest")
