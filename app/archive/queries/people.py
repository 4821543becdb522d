"""Browsing by person: everyone with counts (by place, title, level or post text), one person's posts over
time with the articles that name them. Posts are as reported by the articles (the `person_post` table),
never an authority on who held which office.

A place filter takes a gazetteer code or name and covers the places below it (a county shows the
people whose posts are in its towns too). Two people may share a name: a name whose posts lie in
more than one county (or city) gets the list of those places to choose from, `place=` narrows to one.
"""

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlencode

from sqlalchemy import exists, func, or_
from sqlmodel import Session, select

from app.archive.models import Article, Page, PersonPost, Place
from app.archive.queries.articles import Listing, list_articles
from app.archive.queries.filters import LEVELS, ArticleFilters, UnknownFilter, is_code
from app.people.places import BELOW_TOWN

POSTS_SHOWN = 3  # posts listed beside a name in the index
TITLES_SHOWN = 30  # titles offered as a filter


@dataclass(frozen=True)
class PeopleFilters:
    place: str | None = None  # a gazetteer code or name; the places below it count too
    title: str | None = None  # a title exactly as split out of the post: 书记, 副区长, 人大代表 …
    level: str | None = None  # the level of the post's own place: city, county or town (a village's is none)
    q: str | None = None  # a part of the post as printed: 镇党委书记

    def active(self) -> dict[str, str]:
        return {k: v for k, v in self.__dict__.items() if v}


def place_codes(session: Session, value: str) -> list[str]:
    """The gazetteer codes a place filter names (a name may name several places), or UnknownFilter."""
    if is_code(value):
        codes = [value] if session.get(Place, value) is not None else []
    else:
        codes = list(session.exec(select(Place.code).where(Place.name == value)).all())
    if not codes:
        raise UnknownFilter(f"no place {value!r} in the gazetteer", f"没有名为或代码为“{value}”的地方")
    return codes


def codes_under(codes: list[str]) -> Any:
    """A select of these places' codes and those of every place below them, down the gazetteer tree."""
    below = select(Place.code).where(Place.code.in_(codes)).cte("below", recursive=True)  # type: ignore[attr-defined]
    below = below.union(select(Place.code).where(Place.parent_code == below.c.code))
    return select(below.c.code)


def filtered_posts(session: Session, filters: PeopleFilters, statement: Any) -> Any:
    """`statement` (over person_post) narrowed by the filters."""
    if filters.place:
        statement = statement.where(PersonPost.place_code.in_(codes_under(place_codes(session, filters.place))))  # type: ignore[union-attr]
    if filters.title:
        statement = statement.where(PersonPost.title == filters.title)
    if filters.level:
        statement = statement.where(PersonPost.place_code.in_(select(Place.code).where(Place.level == filters.level)),  # type: ignore[union-attr]
                                    ~below_its_place())
    if filters.q:
        # Latin letters in either case, on every database (SQLite's LIKE ignores their case, PostgreSQL's does not)
        statement = statement.where(PersonPost.post.icontains(filters.q, autoescape=True))  # type: ignore[attr-defined]
    return statement


def below_its_place() -> Any:
    """A post of a village or community filed under its town (生田村党委书记 under 黄桥街道): what the post
    says after its place's name names a unit below a town."""
    rest = func.replace(func.coalesce(PersonPost.org, PersonPost.post), Place.name, "")
    return exists().where(Place.code == PersonPost.place_code, or_(*(rest.contains(unit) for unit in BELOW_TOWN)))


def person_url(name: str, place: str | None = None) -> str:
    return f"/people/{quote(name)}" + (f"?{urlencode({'place': place})}" if place else "")


def place_names(session: Session, codes: set[str]) -> dict[str, str]:
    if not codes:
        return {}
    return dict(session.exec(select(Place.code, Place.name).where(Place.code.in_(codes))).all())  # type: ignore[attr-defined]


@dataclass
class PeopleListing:
    filters: PeopleFilters
    total: int
    page: int
    per_page: int
    items: list[dict[str, Any]]
    titles: list[tuple[str, int]] = field(default_factory=list)

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))

    def as_json(self) -> dict[str, Any]:
        return {"total": self.total, "page": self.page, "per_page": self.per_page, "filters": self.filters.active(),
                "items": self.items, "titles": [{"title": t, "count": n} for t, n in self.titles]}


def people_index(session: Session, filters: PeopleFilters, *, page: int = 1, per_page: int = 50,
                 with_titles: bool = True) -> PeopleListing:
    """Everyone with a post matching the filters, by the number of articles giving them one, most first;
    each with their commonest posts there. An unknown place raises UnknownFilter."""
    posts = filtered_posts(session, filters, select(PersonPost.name, PersonPost.article_id)).subquery()
    total = session.exec(select(func.count(func.distinct(posts.c.name)))).one()
    articles = func.count(func.distinct(posts.c.article_id))
    rows = session.exec(select(posts.c.name, articles).group_by(posts.c.name)
                        .order_by(articles.desc(), posts.c.name).offset((page - 1) * per_page).limit(per_page)).all()
    shown = posts_of(session, filters, [name for name, _ in rows])
    items = [{"name": name, "count": count, "posts": shown.get(name, []), "url": person_url(name, filters.place)}
             for name, count in rows]
    return PeopleListing(filters, total, page, per_page, items, title_counts(session, filters) if with_titles else [])


def posts_of(session: Session, filters: PeopleFilters, names: list[str]) -> dict[str, list[dict[str, Any]]]:
    """The commonest posts (as printed, with their place) of each of these people, within the filters."""
    if not names:
        return {}
    articles = func.count(func.distinct(PersonPost.article_id))
    statement = (select(PersonPost.name, PersonPost.post, PersonPost.place_code, articles)
                 .where(PersonPost.name.in_(names))  # type: ignore[attr-defined]
                 .group_by(PersonPost.name, PersonPost.post, PersonPost.place_code)
                 .order_by(PersonPost.name, articles.desc(), PersonPost.post))
    rows = session.exec(filtered_posts(session, filters, statement)).all()
    where = place_names(session, {code for _, _, code, _ in rows if code})
    found: dict[str, list[dict[str, Any]]] = {}
    for name, post, code, count in rows:
        listed = found.setdefault(name, [])
        if len(listed) < POSTS_SHOWN:
            listed.append({"post": post, "place_code": code, "place": where.get(code) if code else None,
                           "count": count})
    return found


def title_counts(session: Session, filters: PeopleFilters) -> list[tuple[str, int]]:
    """The commonest titles among the posts of the other filters, with the number of people holding each."""
    statement = select(PersonPost.title, func.count(func.distinct(PersonPost.name)))
    rows = session.exec(filtered_posts(session, PeopleFilters(place=filters.place, level=filters.level), statement)
                        .group_by(PersonPost.title).order_by(func.count(func.distinct(PersonPost.name)).desc(),
                                                             PersonPost.title).limit(TITLES_SHOWN)).all()
    return [(title, count) for title, count in rows]


@dataclass
class Report:
    """One article reporting a post: where it stands in time."""

    article_id: int
    title: str | None
    date: str | None  # the page's printed date, when known
    page_id: int
    seq: int

    def as_json(self) -> dict[str, Any]:
        return {"article_id": self.article_id, "title": self.title, "date": self.date,
                "url": f"/articles/{self.article_id}"}


def first_and_last(reports: list[Report]) -> tuple[Report, Report, str]:
    """The first and last report, by the page's date when some are dated ("date"), else by the order the
    pages were ingested in ("ingest")."""
    dated = [r for r in reports if r.date]
    if dated:
        ordered, basis = sorted(dated, key=lambda r: (r.date, r.page_id, r.seq)), "date"
    else:
        ordered, basis = sorted(reports, key=lambda r: (r.page_id, r.seq)), "ingest"
    return ordered[0], ordered[-1], basis


def area_of(session: Session, code: str) -> Place | None:
    """The county (or, above that, the place itself) a post's place lies in: people of one name in two
    areas may be two people."""
    place = session.get(Place, code)
    while place is not None and place.level == "town" and place.parent_code:
        place = session.get(Place, place.parent_code)
    return place


@dataclass
class PersonPage:
    name: str
    place: str | None  # the place filter, when the page is narrowed to one
    place_name: str | None
    posts: list[dict[str, Any]]
    areas: list[dict[str, Any]]  # the counties or cities the name's posts lie in, to choose from
    listing: Listing

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "place": self.place, "place_name": self.place_name, "count": self.listing.total,
                "posts": self.posts, "places": self.areas, "articles": self.listing.as_json(),
                "note": "posts as reported by the articles, each with a link to its report; not a record of office"}


def person_page(session: Session, name: str, *, place: str | None = None, page: int = 1,
                per_page: int = 20) -> PersonPage | None:
    """A person's posts over time and the articles naming them (within `place` when given), or None when
    no article gives the name a post there. An unknown place raises UnknownFilter."""
    within = PeopleFilters(place=place)  # the posts of this place only, when given
    own = filtered_posts(session, within, select(PersonPost.article_id).where(PersonPost.name == name))
    rows = session.exec(filtered_posts(session, within, (
        select(PersonPost.post, PersonPost.place_code, Article.id, Article.title, Page.date, Page.id, Article.seq,
               PersonPost.position)
        .join(Article, Article.id == PersonPost.article_id).join(Page, Page.id == Article.page_id)
        .where(PersonPost.name == name)).order_by(Page.id, Article.seq, PersonPost.person, PersonPost.position))).all()
    if not rows:
        return None
    reports: dict[tuple[str, str | None], dict[int, Report]] = {}
    printed: dict[tuple[str, str | None], int] = {}  # posts first reported together: in the order printed
    for post, code, article_id, title, date, page_id, seq, position in rows:
        reports.setdefault((post, code), {})[article_id] = Report(article_id, title, date, page_id, seq)
        printed[(post, code)] = min(position, printed.get((post, code), position))
    where = place_names(session, {code for _, code in reports if code})
    posts = []
    for (post, code), by_article in reports.items():
        first, last, basis = first_and_last(list(by_article.values()))
        posts.append({"post": post, "place_code": code, "place": where.get(code) if code else None,
                      "reports": len(by_article), "first": first.as_json(), "last": last.as_json(), "basis": basis,
                      "_key": (first.date or "", first.page_id, first.seq, printed[(post, code)])})
    posts.sort(key=lambda p: p.pop("_key"))
    listing = list_articles(session, ArticleFilters(), page=page, per_page=per_page, within=own)
    place_name = (place_names(session, {place}).get(place) if is_code(place) else place) if place else None
    return PersonPage(name, place, place_name, posts, areas_of(session, name), listing)


def areas_of(session: Session, name: str) -> list[dict[str, Any]]:
    """The counties (or cities) the posts of a name lie in, each with its number of articles, most first."""
    rows = session.exec(select(PersonPost.place_code, PersonPost.article_id)
                        .where(PersonPost.name == name, PersonPost.place_code.is_not(None))).all()  # type: ignore[union-attr]
    areas: dict[str, tuple[Place, set[int]]] = {}
    for code, article_id in rows:
        area = area_of(session, code)
        if area is not None and area.level in LEVELS:
            areas.setdefault(area.code, (area, set()))[1].add(article_id)
    ordered = sorted(areas.values(), key=lambda a: (-len(a[1]), a[0].code))
    return [{"code": area.code, "name": area.name, "level": area.level, "count": len(ids),
             "url": person_url(name, area.code)} for area, ids in ordered]
