"""Place tagging as the archive stores it: names and codes at each level, from the gazetteer.

Ingest workers tag pages with `PageTagger`, so this module imports nothing of the database (a retag of
stored articles is app/jobs/retag.py)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.archive.rows import StoredPlace, StoredTags
from app.jobs.stages import clock
from app.parsing.model import ParsedArticle
from app.people import Person
from app.people.article import article_people
from app.places.gazetteer import Gazetteer, load_gazetteer
from app.places.model import ArticleText, PlaceTags
from app.places.tagger import tag_page

if TYPE_CHECKING:
    from app.archive.models import Article
    from app.config import Settings


def level_codes(gazetteer: Gazetteer, code: str) -> dict[str, str]:
    """Codes at each level of a place as people file it (胜浦街道 under 苏州工业园区)."""
    chain = {place.level: place.code for place in gazetteer.filed_chain(code)}
    if "city" not in chain and "province" in chain and gazetteer[chain["province"]].name.endswith("市"):
        chain["city"] = chain["province"]  # a municipality (北京市) is its own city
    return chain


def stored(gazetteer: Gazetteer, tags: PlaceTags, people: list[Person]) -> StoredTags:
    if tags.place is None:
        return StoredTags(None, tags.mentions, people)
    codes = level_codes(gazetteer, tags.place.code)
    place = StoredPlace(
        city=tags.place.city, county=tags.place.county, town=tags.place.town, code=tags.place.code,
        city_code=codes.get("city") if tags.place.city else None,
        county_code=codes.get("county") if tags.place.county else None,
        town_code=codes.get("town") if tags.place.town else None,
    )
    return StoredTags(place, tags.mentions, people)


def tag_articles(gazetteer: Gazetteer, texts: list[ArticleText], authors: list[list[str]],
                 home_region: str) -> list[StoredTags]:
    """Places and people of a page's articles."""
    home = gazetteer.find(home_region)
    home_code = home.code if home else None
    with clock.stage("places"):
        places = tag_page(gazetteer, texts, home_region)
    with clock.stage("people"):
        return [
            stored(gazetteer, tags, article_people(gazetteer, text, names, tags, home_code))
            for text, names, tags in zip(texts, authors, places, strict=True)
        ]


def texts_of(articles: list[ParsedArticle] | list[Article]) -> list[ArticleText]:
    return [ArticleText(title=a.title, kicker=a.kicker, subtitle=a.subtitle, body=a.body) for a in articles]


@dataclass(frozen=True)
class PageTagger:
    """Tags the articles of one page. Small and picklable, so ingest workers in other processes can use it."""

    home_region: str

    def __call__(self, articles: list[ParsedArticle]) -> list[StoredTags]:
        with clock.stage("places"):
            gazetteer = load_gazetteer()  # built on first use, once per process: unchanged files never need it
        return tag_articles(gazetteer, texts_of(articles), [a.authors for a in articles], self.home_region)


def make_tagger(settings: Settings) -> PageTagger:
    return PageTagger(settings.home_region)
