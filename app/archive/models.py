"""Tables of the archive. Alembic (migrations/) owns the schema; these classes mirror it."""

from datetime import datetime

from sqlalchemy import Column, ForeignKey, Index, Integer, Text
from sqlmodel import Field, SQLModel


class Page(SQLModel, table=True):
    """One ingested newspaper page file, kept whole so a reader can see the source.

    Migration 0105_hold adds ix_page_newest on (coalesce(date, '') DESC, id DESC), the listing order."""

    id: int | None = Field(default=None, primary_key=True)
    file: str = Field(unique=True, index=True)  # file name: the page's identity in the archive
    path: str
    content_hash: str
    encoding: str
    newspaper: str | None = None  # from an optional NAME.meta.json sidecar
    date: str | None = Field(default=None, index=True)  # ISO date, from the sidecar
    edition: str | None = None
    ingested_at: datetime
    text: str = Field(sa_column=Column(Text, nullable=False))  # decoded text as ingested
    line_count: int


class Article(SQLModel, table=True):
    """An article or captioned photo cut out of a page."""

    __table_args__ = (
        Index("ix_article_county_town", "county_code", "town_code"),
        Index("ix_article_town_code", "town_code"),
        Index("ix_article_page_seq", "page_id", "seq"),
        Index("ix_article_city_name", "city"),
        Index("ix_article_county_name", "county"),
        Index("ix_article_town_name", "town"),
    )

    id: int | None = Field(default=None, primary_key=True)
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
    city_code: str | None = Field(default=None, index=True)
    county_code: str | None = None
    town_code: str | None = None
    mentions: str = "[]"  # JSON list of {"name", "level", "code"}


class Author(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, index=True)


class ArticleAuthor(SQLModel, table=True):
    __tablename__ = "article_author"

    article_id: int = Field(
        sa_column=Column(Integer, ForeignKey("article.id", ondelete="CASCADE"), primary_key=True)
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
