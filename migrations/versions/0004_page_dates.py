"""newspaper grouping, where page metadata came from, date index

Revision ID: 0004
Revises: 0003
"""
from alembic import op
import sqlalchemy as sa


revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('page', schema=None) as batch_op:
        batch_op.add_column(sa.Column('canonical_newspaper', sa.String(), nullable=True))
        batch_op.add_column(sa.Column('meta_origin', sa.String(), nullable=False, server_default='{}'))
        batch_op.create_index('ix_page_canonical_date', ['canonical_newspaper', 'date'], unique=False)
    # Earlier ingests stored any sidecar date as given: keep real ISO dates only (a re-ingest reads the
    # rest again), and group each newspaper under its printed name until then.
    op.execute("UPDATE page SET canonical_newspaper = newspaper")
    shaped, today = ("date NOT GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'", "date('now')")
    if op.get_bind().dialect.name == "postgresql":
        shaped, today = r"date !~ '^[12]\d{3}-[01]\d-[0-3]\d$'", "to_char(current_date, 'YYYY-MM-DD')"
    op.execute(f"UPDATE page SET date = NULL WHERE date IS NOT NULL AND ({shaped} OR substr(date, 6, 2) NOT BETWEEN "
               f"'01' AND '12' OR substr(date, 9, 2) NOT BETWEEN '01' AND '31' OR date > {today})")


def downgrade() -> None:
    with op.batch_alter_table('page', schema=None) as batch_op:
        batch_op.drop_index('ix_page_canonical_date')
        batch_op.drop_column('meta_origin')
        batch_op.drop_column('canonical_newspaper')
