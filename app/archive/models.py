"""Tables of the archive. Alembic (migrations/) owns the schema; these classes mirror it."""

from datetime import datetime

from sqlalchemy import BigInteger, Column, ForeignKey, Index, Integer, Text
from sqlmodel import Field, SQLModel

# Article ids are 53-bit hashes (app/archive/identity.py): BIGINT on PostgreSQL; SQLite's INTEGER holds 64 bits.
ARTICLE_ID = BigInteger().with_variant(Integer(), "sqlite")
# The article table's own key. On SQLite an INTEGER primary key would be the rowid, the B-tree's order, and ids that
# are hashes put every article stored on another leaf; declared BIGINT it is a unique index of its own and the rowid
# follows the order of storing (migration 0010). PostgreSQL's table is a heap: BIGINT there as before.
ARTICLE_KEY = BigInteger()


class Page(SQLModel, table=True):
    """One ingested newspaper page file, kept whole so a reader can see the source.

    Migration 0006 adds ix_page_newest on (coalesce(date, '') DESC, id DESC), the listing order."""

    __table_args__ = (Index("ix_page_canonical_date", "canonical_newspaper", "date"),)

    id: int | None = Field(default=None, primary_key=True)
    file: str = Field(unique=True, index=True)  # file name: the page's identity in the archive
    path: str
    content_hash: str
    encoding: str
    newspaper: str | None = None  # as printed (sidecar, file name or masthead: see meta_origin)
    canonical_newspaper: str | None = None  # the group the alias table puts the printed name in
    date: str | None = Field(default=None, index=True)  # ISO date, a real calendar date or None
    edition: str | None = None
    meta_origin: str = "{}"  # JSON: which source gave newspaper, date and edition
    ingested_at: datetime
    text: str = Field(sa_column=Column(Text, nullable=False))  # decoded text as ingested
    line_count: int


class Article(SQLModel, table=True):
    """An article or captioned photo cut out of a page."""

    __table_args__ = (
        Index("ix_article_county_town", "county_code", "town_code"),
        # A place's (and the whole archive's) articles in page order from the index alone (migration 0008); the
        # id in them since it is no longer the rowid every index holds (migration 0010).
        Index("ix_article_city_page", "city_code", "page_id", "seq", "id"),
        Index("ix_article_county_page", "county_code", "page_id", "seq", "id"),
        Index("ix_article_town_page", "town_code", "page_id", "seq", "id"),
        Index("ix_article_page_seq", "page_id", "seq", "id"),
        # The place tree and the number of places counted from indexes alone (migration 0009).
        Index("ix_article_place_tree", "city_code", "city", "county_code", "county", "town_code", "town"),
        Index("ix_article_place_code", "place_code"),
        Index("ix_article_city_name", "city"),
        Index("ix_article_county_name", "county"),
        Index("ix_article_town_name", "town"),
    )

    id: int | None = Field(default=None, sa_column=Column(ARTICLE_KEY, primary_key=True, autoincrement=False))
    page_id: int = Field(sa_column=Column(Integer, ForeignKey("page.id", ondelete="CASCADE"), nullable=False))
    seq: int  # position on the page, from 0
    kind: str = Field(index=True)
    title: str | None = None
    kicker: str | None = None
    subtitle: str | None = None
    body: str = Field(sa_column=Column(Text, nullable=False))
    sections: str = "[]"  # JSON list of section heads
    credits: str = "[]"  # JSON list of photo credits taken out of the text
    lines: str = "[]"  # JSON list of [first, last] source line ranges
    city: str | None = None
    county: str | None = None
    town: str | None = None
    place_code: str | None = None
    city_code: str | None = None
    county_code: str | None = None
    town_code: str | None = None
    mentions: str = "[]"  # JSON list of {"name", "level", "code"}


class Author(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, index=True)


class ArticleAuthor(SQLModel, table=True):
    __tablename__ = "article_author"

    article_id: int = Field(
        sa_column=Column(ARTICLE_ID, ForeignKey("article.id", ondelete="CASCADE"), primary_key=True)
    )
    author_id: int = Field(
        sa_column=Column(Integer, ForeignKey("author.id", ondelete="CASCADE"), primary_key=True, index=True)
    )
    position: int


class Place(SQLModel, table=True):
    """China's administrative divisions to town level, plus aliases' targets (see app/places)."""

    code: str = Field(primary_key=True)
    name: str = Field(index=True)
    level: str
    parent_code: str | None = Field(default=None, index=True)
    status: str


class Meta(SQLModel, table=True):
    """Small facts about the archive, e.g. the generation the search index must match."""

    key: str = Field(primary_key=True)
    value: str


class PersonPost(SQLModel, table=True):
    """One post an article gives a named person (app/people); a person has one row per post."""

    __tablename__ = "person_post"
    __table_args__ = (Index("ix_person_post_article", "article_id", "person", "position"),
                      # The people of a place and a person's posts, counted from indexes alone (migration 0008).
                      Index("ix_person_post_place_name", "place_code", "name", "article_id"),
                      Index("ix_person_post_name_place", "name", "place_code", "post", "article_id"))

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(sa_column=Column(ARTICLE_ID, ForeignKey("article.id", ondelete="CASCADE"), nullable=False))
    person: int  # order of the person in the article, from 0
    position: int  # order of the post among the person's posts, from 0
    name: str
    post: str  # as printed: 常熟市副市长
    org: str | None = None
    title: str = Field(index=True)
    place_code: str | None = None


class ArticleRedirect(SQLModel, table=True):
    """An article id the archive once served whose text has changed or gone: where its URL leads now."""

    __tablename__ = "article_redirect"

    old_id: int = Field(sa_column=Column(ARTICLE_ID, primary_key=True, autoincrement=False))
    successors: str = "[]"  # JSON list of the ids that carry its text now; empty when it is gone
    page_file: str  # the page it was cut from, for a gone article's link
    title: str | None = None
    retired_at: datetime


class PageAlias(SQLModel, table=True):
    """A name a page was once known by (before pages were known by their path under the ingested folder)."""

    __tablename__ = "page_alias"

    old_file: str = Field(primary_key=True)
    file: str


class ArticleChange(SQLModel, table=True):
    """Which articles a generation changed (stored, replaced, retagged or removed): what a server that follows
    the database applies to its own search index. Kept for the newest generations only (app/archive/meta.py)."""

    __tablename__ = "article_change"

    generation: int = Field(sa_column=Column(Integer, primary_key=True, autoincrement=False))
    article_id: int = Field(sa_column=Column(ARTICLE_ID, primary_key=True, autoincrement=False))
