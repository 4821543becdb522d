"""People of one article, with each post placed in the gazetteer from the article's places."""

from collections.abc import Iterable

from app.places.gazetteer import Gazetteer
from app.places.model import ArticleText, PlaceTags

from .extract import extract_people
from .model import Person
from .places import post_places


def article_people(gazetteer: Gazetteer, article: ArticleText, authors: Iterable[str], tags: PlaceTags,
                   home_code: str | None) -> list[Person]:
    place_of = post_places(gazetteer, [m.code for m in tags.mentions], tags.place.code if tags.place else None,
                           home_code)
    return extract_people((article.kicker, article.title, article.subtitle, article.body), authors, place_of)
