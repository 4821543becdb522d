"""indexes for place filters

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 05:48:50.010679
"""
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.create_index('ix_article_city_name', ['city'], unique=False)
        batch_op.create_index('ix_article_county_name', ['county'], unique=False)
        batch_op.create_index('ix_article_town_code', ['town_code'], unique=False)
        batch_op.create_index('ix_article_town_name', ['town'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.drop_index('ix_article_town_name')
        batch_op.drop_index('ix_article_town_code')
        batch_op.drop_index('ix_article_county_name')
        batch_op.drop_index('ix_article_city_name')

