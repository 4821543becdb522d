"""What the search engine takes in and gives back."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass
class IndexDoc:
    """One article as the index sees it."""

    id: int
    title: str | None
    kicker: str | None
    subtitle: str | None
    body: str
    authors: list[str] = field(default_factory=list)
    # Canonical names of every place mentioned (and the primary place's chain).
    places: list[str] = field(default_factory=list)
    # Primary place names (facets and filters).
    city: str | None = None
    county: str | None = None
    town: str | None = None
    kind: str = "article"  # "article" | "photo"
    # Page order: larger = newer page / later on the page.
    order: int = 0
    # Names of the people the article gives a post to (field ``person`` and a facet).
    people: list[str] = field(default_factory=list)


@dataclass
class Hit:
    id: int
    score: float
    highlight: str  # HTML: escaped text, <mark> around matches
    title_highlight: str | None = None  # the whole title, marked the same way


@dataclass
class SearchResult:
    total: int
    hits: list[Hit]
    # county, town, author, kind (and city) over ALL hits: [(value, count)],
    # most frequent first.
    facets: dict[str, list[tuple[str, int]]]
    page: int = 1
    per_page: int = 20
    query: str = ""  # the query as understood (after repairs)
    notes: list[str] = field(default_factory=list)  # repairs made to the query
    # What the snippets were marked with, to mark other text of the hits (titles).
    pattern: re.Pattern | None = None

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page)) if self.per_page else 1


class QueryError(ValueError):
    """A query that cannot be run; str(e) is a message for the user."""
