"""A page and its articles as the store writes them: plain values, made where the page was read, parsed and
tagged.

Worker processes make these beside the parse, so this module imports nothing of the database: a worker
that imports no database library starts in less time.
"""

import json
from dataclasses import dataclass, field
from typing import NamedTuple

from app.archive.identity import identity_texts_of, ids_of
from app.parsing.model import ParsedArticle
from app.people import Person
from app.places.model import Mention

# json.dumps(value, ensure_ascii=False) builds an encoder on every call; one built once writes the same text.
_as_json = json.JSONEncoder(ensure_ascii=False).encode


_as_json_string = json.encoder.encode_basestring  # a str as that encoder writes it, quotes and escapes


def _json_list(values: list) -> str:
    """A list as JSON, as `_as_json` writes it; most of an article's lists (sections, credits) are empty."""
    return _as_json(values) if values else "[]"


def mentions_json(mentions: list[Mention]) -> str:
    """The mentions as `_as_json` writes a list of {"name", "level", "code"} objects (its separators, its escapes),
    written out here: the encoder's walk of a dict for every mention cost more than the rest of the rows."""
    return "[" + ", ".join(f'{{"name": {_as_json_string(m.name)}, "level": {_as_json_string(m.level)}, '
                           f'"code": {_as_json_string(m.code)}}}' for m in mentions) + "]"


@dataclass(frozen=True)
class PageInput:
    file: str
    path: str
    content_hash: str
    encoding: str
    text: str
    newspaper: str | None = None
    canonical_newspaper: str | None = None
    date: str | None = None
    edition: str | None = None
    meta_origin: dict[str, str] = field(default_factory=dict)


class StoredPage(NamedTuple):
    """What an ingest needs to know of a stored page before it reads the file again."""

    content_hash: str
    path: str
    newspaper: str | None
    date: str | None
    edition: str | None


@dataclass(frozen=True)
class StoredPlace:
    """The primary place as stored: names and codes at each level people file it under."""

    city: str | None
    county: str | None
    town: str | None
    code: str
    city_code: str | None
    county_code: str | None
    town_code: str | None


@dataclass
class StoredTags:
    place: StoredPlace | None
    mentions: list[Mention] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)


TAG_COLUMNS = ("city", "county", "town", "place_code", "city_code", "county_code", "town_code", "mentions")
ARTICLE_COLUMNS = ("id", "page_id", "seq", "kind", "title", "kicker", "subtitle", "body", "sections", "credits",
                   "lines", *TAG_COLUMNS)
POST_COLUMNS = ("person", "position", "name", "post", "org", "title", "place_code")


def tag_values(tags: StoredTags | None) -> tuple[str | None, ...]:
    """An article's place columns as stored, in the order of TAG_COLUMNS."""
    place = tags.place if tags else None
    mentions = mentions_json(tags.mentions) if tags else "[]"
    if place is None:
        return (None,) * 7 + (mentions,)
    return (place.city, place.county, place.town, place.code, place.city_code, place.county_code, place.town_code,
            mentions)


def post_values(people: list[Person]) -> list[tuple]:
    """An article's posts as stored, in the order of POST_COLUMNS."""
    return [(n, k, person.name, post.text, post.org, post.title, post.place_code)
            for n, person in enumerate(people) for k, post in enumerate(person.posts)]


def line_ranges(lines: list[tuple[int, int]]) -> str:
    """An article's line ranges as JSON (`[[1, 4], [9, 12]]`, as json.dumps writes them), without the encoder."""
    return "[" + ", ".join(f"[{first}, {last}]" for first, last in lines) + "]"


class PageRows(NamedTuple):
    """A page's articles as the store writes them: plain values (text, numbers, JSON written out), made where
    the page was parsed and tagged. A worker process hands them to the one that stores them as a few strings
    an article, not an object for every place, person and post, which cost more to unpickle than to store.

    The articles' permanent ids come worked out for the page file they were made for: their identity texts
    (a third copy of the text) would cross between the processes only to be hashed. The store works the texts
    out again from the title and body in the rare cases that need them (`identity_texts`)."""

    articles: list[tuple]  # the columns of ARTICLE_COLUMNS from "kind" on
    authors: list[list[str]]  # each article's bylines, in order, each once
    posts: list[list[tuple]]  # each article's posts, in the order of POST_COLUMNS
    file: str | None = None  # the page file whose identity `ids` were worked out for
    ids: list[int] | None = None  # each article's id from its text (app.archive.identity.ids_of), none taken

    def count_kind(self, kind: str) -> int:
        """How many of the page's articles are of `kind` (a tuple's own count() counts equal elements)."""
        return sum(1 for article in self.articles if article[0] == kind)


def page_rows(parsed: list[ParsedArticle], tags: list[StoredTags | None], file: str | None = None) -> PageRows:
    """The rows of a page's articles; with the page's `file` (its identity in the archive), their ids too."""
    articles, authors, posts = [], [], []
    for item, place_tags in zip(parsed, tags, strict=True):
        articles.append((item.kind, item.title, item.kicker, item.subtitle, item.body,
                         _json_list(item.sections), _json_list(item.credits), line_ranges(item.lines),
                         *tag_values(place_tags)))
        authors.append(list(dict.fromkeys(item.authors)))
        posts.append(post_values(place_tags.people) if place_tags else [])
    rows = PageRows(articles, authors, posts)
    return rows if file is None else rows._replace(file=file, ids=ids_of(file, keyed_texts(rows)))


def identity_texts(rows: PageRows) -> list[str]:
    """Each article's identity text (app/archive/identity.py), from its title and body."""
    return identity_texts_of([(article[1], article[4]) for article in rows.articles])


def keyed_texts(rows: PageRows) -> list[tuple[str, str]]:
    """Each article's kind and identity text, as `ids_of` takes them."""
    return [(article[0], text) for article, text in zip(rows.articles, identity_texts(rows))]
