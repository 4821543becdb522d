"""The published shapes of the JSON API, for /openapi.json (and for docs/API.md, kept in step by a test).

Routes build their answers from the archive's read functions; these models describe those answers
and are checked against real responses by the tests. Every object allows more fields than listed:
the interface grows by adding, never by renaming or removing.
"""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class Error(Open):
    """Every error: an English message and the HTTP status."""

    error: str = Field(examples=["no article with id 999999"])
    status: int = Field(examples=[404])


class Successor(Open):
    id: int
    title: str | None
    url: str
    api_url: str


class RetiredArticle(Error):
    """An id the archive once served: divided into several articles (300) or gone (410)."""

    successors: list[Successor]
    page: str = Field(description="the page the article was cut from")
    page_api_url: str


class Place(Open):
    city: str | None
    county: str | None
    town: str | None
    code: str


class Mention(Open):
    name: str
    level: str
    code: str


class Source(Open):
    file: str = Field(description="the page file's path under the folder it was ingested from")
    lines: list[list[int]] = Field(description="1-based [first, last] line ranges of the page file")
    newspaper: str | None = None
    date: str | None = Field(default=None, description="ISO date YYYY-MM-DD")
    edition: str | None = None


class ArticleFields(Open):
    id: int = Field(description="permanent id: a hash of the page and the text, below 2**53")
    kind: Literal["article", "photo"]
    title: str | None
    kicker: str | None
    subtitle: str | None
    authors: list[str]
    sections: list[str]
    credits: list[str]
    place: Place | None
    mentions: list[Mention]
    source: Source
    url: str


class Summary(ArticleFields):
    """An article in a listing: the record without `body`, with a short `excerpt`."""

    excerpt: str


class ArticleRecord(ArticleFields):
    """The article record (also each line of `zhenzhi export`)."""

    body: str = Field(description="paragraphs separated by \\n")


class Listing(Open):
    total: int
    page: int
    per_page: int
    items: list[Summary]


class SearchHit(Summary):
    highlight: str = Field(description="escaped HTML whose only markup is <mark>")
    title_highlight: str | None
    score: float


class FacetValue(Open):
    name: str
    count: int


class Facets(Open):
    county: list[FacetValue]
    town: list[FacetValue]
    author: list[FacetValue]
    kind: list[FacetValue]


class SearchResult(Open):
    q: str
    total: int
    page: int
    per_page: int
    sort: str
    items: list[SearchHit]
    facets: Facets
    filters: dict[str, str] = Field(description="the filters in force, by name")
    notes: list[str] = Field(description="how the query was read, when it needed mending")


class PlaceNode(Open):
    code: str
    name: str
    level: Literal["city", "county", "town"]
    count: int
    children: list["PlaceNode"]


class PlaceRef(Open):
    code: str
    name: str
    level: str


class PlaceChild(PlaceRef):
    count: int


class PlacePage(Open):
    code: str
    name: str
    level: str
    count: int
    trail: list[PlaceRef]
    children: list[PlaceChild]
    articles: Listing


class AuthorCount(Open):
    name: str
    count: int
    url: str


class AuthorPage(Open):
    name: str
    count: int
    articles: Listing


class PageLine(Open):
    number: int
    text: str
    article: int | None


class PageArticle(Open):
    id: int
    kind: str
    title: str | None
    lines: list[list[int]]
    url: str


class Page(Open):
    """A source page as ingested."""

    file: str
    newspaper: str | None
    date: str | None
    edition: str | None
    encoding: str
    ingested_at: str
    line_count: int
    article_count: int
    lines: int = Field(description="the same as line_count (an older name, kept)")
    articles: int = Field(description="the same as article_count (an older name, kept)")
    url: str
    text_lines: list[PageLine]
    article_list: list[PageArticle]


class Endpoint(Open):
    path: str
    summary: str


class ApiIndex(Open):
    name: str
    openapi: str
    docs: str
    endpoints: list[Endpoint]
