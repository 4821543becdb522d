"""people and their posts

Revision ID: 0003
Revises: 0002
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('person_post',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
    sa.Column('person', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('post', sa.String(), nullable=False),
    sa.Column('org', sa.String(), nullable=True),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('place_code', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['article.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('person_post', schema=None) as batch_op:
        batch_op.create_index('ix_person_post_article', ['article_id', 'person', 'position'], unique=False)
        batch_op.create_index('ix_person_post_name', ['name'], unique=False)
        batch_op.create_index('ix_person_post_title', ['title'], unique=False)
        batch_op.create_index('ix_person_post_place_code', ['place_code'], unique=False)
    # Articles stored before this revision get their people from `zhenzhi retag` (or the next ingest).


def downgrade() -> None:
    op.drop_table('person_post')
