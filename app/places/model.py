"""What place tagging reads and produces."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING

from .names import fold

if TYPE_CHECKING:
    from .gazetteer import Gazetteer


FIELDS = ("kicker", "title", "subtitle", "body")  # an article's fields that can name a place
HEADLINE_FIELDS = ("kicker", "title")  # those of its headline


@dataclass(frozen=True)
class ArticleText:
    """The parts of an article that can name a place."""

    title: str | None
    kicker: str | None
    subtitle: str | None
    body: str


def field_texts(article: ArticleText) -> Mapping[str, str]:
    """Each field of the article, folded (the rules look at them again and again: kept, and read only)."""
    # A dozen rules ask for the same article's fields in turn: kept by the article's identity, which costs no
    # Python call (hashing a dataclass does); the entry holds the article, so no other can take its id meanwhile.
    kept = _FIELD_TEXTS.get(id(article))
    if kept is not None and kept[0] is article:
        return kept[1]
    if len(_FIELD_TEXTS) >= _FIELD_TEXTS_KEPT:
        _FIELD_TEXTS.clear()
    texts = MappingProxyType({f: fold(getattr(article, f) or "") for f in FIELDS})
    _FIELD_TEXTS[id(article)] = (article, texts)
    return texts


_FIELD_TEXTS: dict[int, tuple[ArticleText, Mapping[str, str]]] = {}
_FIELD_TEXTS_KEPT = 64


@dataclass(frozen=True)
class PrimaryPlace:
    """The place an article is about, by name; `code` is the code of the most specific level.

    `town` is None when the article concerns a whole county, `county` None when a whole city.
    """

    city: str | None
    county: str | None
    town: str | None
    code: str


@dataclass(frozen=True)
class Mention:
    """A place the text names, resolved: its canonical gazetteer name, level and code."""

    name: str
    level: str  # province | city | county | town
    code: str


@dataclass
class PlaceTags:
    place: PrimaryPlace | None
    mentions: list[Mention] = field(default_factory=list)


@lru_cache(maxsize=16384)  # the same for every article naming the place, and never changed: made once
def mention(gazetteer: "Gazetteer", code: str) -> Mention:
    """The mention of a place by its code."""
    return Mention(gazetteer[code].name, gazetteer[code].level, code)
