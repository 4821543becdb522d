"""What place tagging reads and produces."""

from dataclasses import dataclass, field

from .names import fold


@dataclass(frozen=True)
class ArticleText:
    """The parts of an article that can name a place."""

    title: str | None
    kicker: str | None
    subtitle: str | None
    body: str


def field_texts(article: ArticleText) -> dict[str, str]:
    """Each field of the article, folded (the rules look at them again and again: the fold is kept)."""
    return {f: fold(getattr(article, f) or "") for f in ("kicker", "title", "subtitle", "body")}


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
