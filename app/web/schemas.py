"""The published shapes of the JSON API, for /openapi.json (and for docs/API.md, kept in step by a test).

Routes build their answers from the archive's read functions; these models describe those answers
and are checked against real responses by the tests. Every object allows more fields than listed:
the interface grows by adding, never by renaming or removing.
"""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel


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
    person: list[FacetValue] = Field(description="people the hits give a post to")
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


class Unfiled(Open):
    pages: int
    articles: int


class NewspaperSummary(Open):
    name: str = Field(description="the canonical name")
    printed_names: list[str] = Field(description="every name the pages print, filed under this one")
    first: str | None = Field(description="the earliest issue, ISO date")
    last: str | None = Field(description="the latest issue, ISO date")
    issues: int
    pages: int
    articles: int
    url: str


class NewspaperIndex(Open):
    newspapers: list[NewspaperSummary] = Field(description="most articles first")
    without_newspaper: Unfiled = Field(description="pages whose newspaper is not known")


class IssueCount(Open):
    """A year or a month of a newspaper with what was printed in it."""

    period: str = Field(description="YYYY or YYYY-MM")
    issues: int
    pages: int
    articles: int
    url: str | None = Field(default=None, description="null for a month without issues")


class PageLink(Open):
    file: str
    url: str


class Newspaper(Open):
    name: str
    years: list[IssueCount]
    undated_pages: list[PageLink]


class Neighbour(Open):
    period: str
    url: str


class NewspaperSpan(Open):
    """A year, month or issue of one newspaper, between its nearest neighbours of the same length."""

    name: str
    previous: Neighbour | None = Field(description="the nearest earlier year, month or issue with issues")
    next: Neighbour | None = Field(description="the nearest later one")


class NewspaperYear(NewspaperSpan):
    year: int
    months: list[IssueCount] = Field(description="all twelve, January first")


class CalendarDay(Open):
    day: int | None = Field(description="null for the days of other months that fill a week")
    date: str | None
    pages: int
    articles: int
    url: str | None = Field(description="the issue, when there is one")


class NewspaperMonth(NewspaperSpan):
    year: int
    month: int
    weekdays: list[str] = Field(description="Monday first")
    weeks: list[list[CalendarDay]]
    issues: int


class IssueArticle(Open):
    id: int
    title: str | None
    kind: str
    url: str


class IssuePage(PageLink):
    newspaper: str | None = Field(description="the name as printed")
    edition: str | None
    articles: list[IssueArticle] = Field(description="in the order printed")


class Issue(NewspaperSpan):
    date: str
    pages: list[IssuePage] = Field(description="in edition order")


class NewspaperPeriod(RootModel[NewspaperYear | NewspaperMonth | Issue]):
    """A year (`NewspaperYear`), a month (`NewspaperMonth`) or a day (`Issue`), by the period asked for."""


class TimelinePoint(Open):
    period: str = Field(description="YYYY or YYYY-MM")
    count: int = Field(description="matching articles of the period")
    total: int = Field(description="all articles of the period, for normalising")


class TimelineSeries(Open):
    q: str = Field(description="the query; empty for every article the filters leave")
    points: list[TimelinePoint] = Field(description="every period of the span, gaps included")
    undated: int = Field(description="matching articles on pages without a date")


class Timeline(Open):
    period: Literal["month", "year"]
    series: list[TimelineSeries] = Field(description="q first, then each compare")


class PostCount(Open):
    post: str = Field(description="the post as printed", examples=["镇党委书记"])
    place_code: str | None = Field(description="the gazetteer code of the post's place, when known")
    place: str | None
    count: int = Field(description="articles giving the post")


class PersonSummary(Open):
    name: str
    count: int = Field(description="articles giving the person a post, within the filters")
    posts: list[PostCount] = Field(description="the commonest posts within the filters, at most three")
    url: str


class TitleCount(Open):
    title: str = Field(examples=["书记"])
    count: int = Field(description="people holding the title")


class PeopleListing(Open):
    """People the articles give a post to, most articles first."""

    total: int
    page: int
    per_page: int
    filters: dict[str, str] = Field(description="the filters in force, by name")
    items: list[PersonSummary]
    titles: list[TitleCount] = Field(description="the commonest titles under the place and level filters")


class Report(Open):
    article_id: int
    title: str | None
    date: str | None = Field(description="the page's date, ISO; null when the page has none")
    url: str


class PersonPost(Open):
    post: str
    place_code: str | None
    place: str | None
    reports: int = Field(description="articles reporting the post")
    first: Report
    last: Report
    basis: Literal["date", "ingest"] = Field(description="first and last by the pages' dates, or (none dated) by "
                                                         "the order the pages were ingested in")


class PersonArea(PlaceChild):
    url: str = Field(description="the person's page narrowed to this place")


class PersonPage(Open):
    """One person's posts as reported over time, and the articles naming them; not a record of office."""

    name: str
    place: str | None = Field(description="the place filter, as given")
    place_name: str | None
    count: int = Field(description="articles naming the person with a post")
    posts: list[PersonPost] = Field(description="earliest first report first")
    places: list[PersonArea] = Field(description="the counties or cities the name's posts lie in, most articles "
                                                 "first: one name there may be several people")
    articles: Listing
    note: str
