"""Browsing by place: the tree with counts, one place with its articles (shared by pages and the API)."""

from dataclasses import dataclass, replace, field
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from app.archive.meta import per_generation
from app.archive.models import Article, Place
from app.archive.queries.articles import Listing, list_articles
from app.archive.queries.filters import LEVELS, ArticleFilters, UnknownFilter
from app.archive.queries.people import PeopleFilters, people_index

PEOPLE_SHOWN = 12  # people reported in posts of a place, on its page
PLACES_KEPT = 256  # places whose people are kept until the next ingest


@dataclass
class PlaceNode:
    code: str
    name: str
    level: str
    count: int = 0
    children: dict[str, "PlaceNode"] = field(default_factory=dict)

    @property
    def ordered_children(self) -> list["PlaceNode"]:
        return sorted_nodes(self.children)

    def as_json(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "level": self.level, "count": self.count,
                "children": [child.as_json() for child in self.ordered_children]}


def sorted_nodes(nodes: dict[str, PlaceNode]) -> list[PlaceNode]:
    """The one order of places everywhere (tree, city page, home): most articles first, then by name."""
    return sorted(nodes.values(), key=lambda n: (-n.count, n.name))


def place_tree(session: Session) -> list[PlaceNode]:
    """City → county → town with article counts; computed once per database generation."""
    return cached_place_tree(session)


# In the order of the index that answers the tree alone (migration 0009).
PLACE_TREE_COLUMNS = (Article.city_code, Article.city, Article.county_code, Article.county, Article.town_code,
                      Article.town)


def count_place_tree(session: Session) -> list[PlaceNode]:
    """City → county → town, each with the number of articles about it or any place below it."""
    rows = session.exec(
        select(*PLACE_TREE_COLUMNS, func.count()).where(Article.city_code.is_not(None))  # type: ignore[union-attr]
        .group_by(*PLACE_TREE_COLUMNS)
    ).all()
    roots: dict[str, PlaceNode] = {}
    for city_code, city, county_code, county, town_code, town, count in rows:
        level_nodes = roots
        for level, code, name in (("city", city_code, city), ("county", county_code, county),
                                  ("town", town_code, town)):
            if not code:
                break
            node = level_nodes.setdefault(code, PlaceNode(code=code, name=name or code, level=level))
            node.count += count
            level_nodes = node.children
    return sorted_nodes(roots)


cached_place_tree = per_generation(count_place_tree)


def largest_places(tree: list[PlaceNode], n: int) -> list[PlaceNode]:
    """The n places of the tree, at any level, with the most articles."""
    every: list[PlaceNode] = []
    todo = list(tree)
    while todo:
        node = todo.pop()
        every.append(node)
        todo += node.children.values()
    return sorted(every, key=lambda node: (-node.count, node.code))[:n]


def find_in_tree(tree: list[PlaceNode], code: str) -> list[PlaceNode] | None:
    """The path from a city down to the place with this code, or None."""
    for node in tree:
        if node.code == code:
            return [node]
        below = find_in_tree(list(node.children.values()), code)
        if below:
            return [node, *below]
    return None


@dataclass
class PlaceInfo:
    code: str
    name: str
    level: str
    trail: list[PlaceNode]  # breadcrumbs, from the city down to this place
    count: int


def place_info(session: Session, code: str) -> PlaceInfo | None:
    """A place known to the archive: one with articles, or one of the gazetteer's (then with none)."""
    trail = find_in_tree(place_tree(session), code)
    if trail:
        here = trail[-1]
        return PlaceInfo(code=here.code, name=here.name, level=here.level, trail=trail, count=here.count)
    place = session.get(Place, code)
    if place is None or place.level not in LEVELS:
        return None
    return PlaceInfo(code=place.code, name=place.name, level=place.level, trail=[], count=0)


@dataclass
class PlacePage:
    """A place with its breadcrumbs, the places below it and a page of its articles."""

    info: PlaceInfo
    children: list[PlaceNode]
    listing: Listing
    people: list[dict[str, Any]]  # the people most reported in posts there (or below), with their counts
    people_total: int

    def as_json(self) -> dict[str, Any]:
        info = self.info
        return {
            "code": info.code, "name": info.name, "level": info.level, "count": info.count,
            "trail": [{"code": n.code, "name": n.name, "level": n.level} for n in info.trail],
            "children": [{"code": n.code, "name": n.name, "level": n.level, "count": n.count}
                         for n in self.children],
            "articles": self.listing.as_json(),
            "people": {"total": self.people_total, "items": self.people, "url": f"/people?place={info.code}"},
        }


def place_page(session: Session, code: str, *, page: int, per_page: int, within: ArticleFilters = ArticleFilters(),
               sort: str = "newest") -> PlacePage | None:
    """A place and its articles (those of the places below it too; within a newspaper or period), or None
    when unknown."""
    info = place_info(session, code)
    if info is None:
        return None
    listing = list_articles(session, replace(within, **{info.level: info.code}), page=page, per_page=per_page,
                            sort=sort)
    children = sorted_nodes(info.trail[-1].children) if info.trail else []
    people, people_total = place_people(session, info.code)
    return PlacePage(info=info, children=children, listing=listing, people=people, people_total=people_total)


def reported_people(session: Session, code: str) -> tuple[list[dict[str, Any]], int]:
    """The people most reported in posts of a place (or below it), and how many there are in all."""
    try:
        people = people_index(session, PeopleFilters(place=code), per_page=PEOPLE_SHOWN, with_titles=False)
    except UnknownFilter:  # a place the articles know by a code the gazetteer lacks has no posts filed under it
        return [], 0
    return people.items, people.total


# The same for every page, order and period of a place's listing: kept per generation for the places
# last visited (a city's people are a scan of all of its posts).
place_people = per_generation(reported_people, keep=PLACES_KEPT)


def place_codes(session: Session, article_id: int) -> dict[str, str | None]:
    """The codes of an article's primary place at each level, for breadcrumb links."""
    row = session.exec(
        select(Article.city_code, Article.county_code, Article.town_code).where(Article.id == article_id)
    ).first()
    return dict(zip(LEVELS, row or (None, None, None), strict=True))
