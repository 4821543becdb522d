"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22 04:58:02.638719
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel.sql.sqltypes

# Article ids are 53-bit hashes since 0005: BIGINT on PostgreSQL (SQLite's INTEGER already holds 64 bits).
ARTICLE_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('author',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('author', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_author_name'), ['name'], unique=True)

    op.create_table('meta',
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('value', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('page',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('file', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('path', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('content_hash', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('encoding', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('newspaper', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('date', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('edition', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('ingested_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('line_count', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('page', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_page_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_page_file'), ['file'], unique=True)

    op.create_table('place',
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('level', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('parent_code', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('code')
    )
    with op.batch_alter_table('place', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_place_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_place_parent_code'), ['parent_code'], unique=False)

    op.create_table('article',
    sa.Column('id', ARTICLE_ID, nullable=False, autoincrement=False),
    sa.Column('page_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('kicker', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('subtitle', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('sections', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('credits', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('lines', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('city', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('county', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('town', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('place_code', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('city_code', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('county_code', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('town_code', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('mentions', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['page_id'], ['page.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_article_city_code'), ['city_code'], unique=False)
        batch_op.create_index('ix_article_county_town', ['county_code', 'town_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_article_kind'), ['kind'], unique=False)
        batch_op.create_index('ix_article_page_seq', ['page_id', 'seq'], unique=False)

    op.create_table('article_author',
    sa.Column('article_id', ARTICLE_ID, nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['article.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['author_id'], ['author.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'author_id')
    )
    with op.batch_alter_table('article_author', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_article_author_author_id'), ['author_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('article_author', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_article_author_author_id'))

    op.drop_table('article_author')
    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.drop_index('ix_article_page_seq')
        batch_op.drop_index(batch_op.f('ix_article_kind'))
        batch_op.drop_index('ix_article_county_town')
        batch_op.drop_index(batch_op.f('ix_article_city_code'))

    op.drop_table('article')
    with op.batch_alter_table('place', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_place_parent_code'))
        batch_op.drop_index(batch_op.f('ix_place_name'))

    op.drop_table('place')
    with op.batch_alter_table('page', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_page_file'))
        batch_op.drop_index(batch_op.f('ix_page_date'))

    op.drop_table('page')
    op.drop_table('meta')
    with op.batch_alter_table('author', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_author_name'))

    op.drop_table('author')
