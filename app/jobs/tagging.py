"""Place tagging as the archive stores it: names and codes at each level, from the gazetteer."""

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from app.archive.db import lock_for_writing
from app.archive.meta import bump_generation
from app.archive.models import Article, Page
from app.archive.queries.articles import authors_of
from app.archive.write import StoredPlace, StoredTags, apply_tags, replace_people
from app.config import Settings
from app.jobs.stages import clock
from app.parsing.model import ParsedArticle
from app.people import Person
from app.people.article import article_people
from app.places.gazetteer import Gazetteer, load_gazetteer
from app.places.model import ArticleText, PlaceTags
from app.places.tagger import tag_page


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


@dataclass(frozen=True)
class PlaceChange:
    """An article whose tags a retag changed: its primary place before and after ("city/county/town")."""

    article_id: int
    title: str | None
    before: str
    after: str


def _place_line(article: Article) -> str:
    return "/".join(level or "—" for level in (article.city, article.county, article.town))


def retag_all(settings: Settings, engine: Engine,
              progress: Callable[[int], None] | None = None) -> tuple[int, list[PlaceChange]]:
    """Re-run tagging over stored articles, page by page; returns (articles seen, the articles whose places
    changed). Each page whose places or people changed moves the generation on with its articles' ids."""
    gazetteer = load_gazetteer()
    seen = 0
    changed: list[PlaceChange] = []
    with Session(engine) as session:
        page_ids = session.exec(select(Page.id).order_by(Page.id)).all()
    for page_id in page_ids:
        with Session(engine) as session:
            lock_for_writing(session)  # an ingest on another machine may be replacing this very page
            articles = list(session.exec(select(Article).where(Article.page_id == page_id).order_by(Article.seq)))
            authors = authors_of(session, [a.id for a in articles])
            tags = tag_articles(gazetteer, texts_of(articles), [authors[a.id] for a in articles], settings.home_region)
            page_retagged: list[int] = []
            for article, article_tags in zip(articles, tags, strict=True):
                before = (article.place_code, article.county_code, article.town_code, article.mentions)
                place_before = _place_line(article)
                apply_tags(article, article_tags)
                people_changed = replace_people(session, article.id, article_tags.people)
                places_changed = before != (article.place_code, article.county_code, article.town_code, article.mentions)
                if places_changed:
                    changed.append(PlaceChange(article.id, article.title, place_before, _place_line(article)))
                if places_changed or people_changed:
                    page_retagged.append(article.id)
                session.add(article)
            if page_retagged:
                bump_generation(session, page_retagged)
            session.commit()
            seen += len(articles)
        if progress:
            progress(seen)
    return seen, changed
