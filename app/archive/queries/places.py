"""Read functions for browsing by place and by author (shared by pages and the API)."""

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from app.models import Article, ArticleAuthor, Author, Place
from app.queries import ArticleFilters, list_articles
from app.store import generation

LEVELS = ("city", "county", "town")


@dataclass
class PlaceNode:
    code: str
    name: str
    level: str
    count: int = 0
    children: dict[str, "PlaceNode"] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "level": self.level, "count": self.count,
                "children": [child.as_json() for child in sorted_nodes(self.children)]}


def sorted_nodes(nodes: dict[str, PlaceNode]) -> list[PlaceNode]:
    return sorted(nodes.values(), key=lambda n: (-n.count, n.name))


_tree_cache: dict[tuple[str, int], list[PlaceNode]] = {}


def place_tree(session: Session) -> list[PlaceNode]:
    """City → county → town with article counts; computed once per database generation."""
    key = (str(session.get_bind().url), generation(session))
    if key not in _tree_cache:
        _tree_cache.clear()  # one archive per process in practice: keep only the newest tree
        _tree_cache[key] = count_place_tree(session)
    return _tree_cache[key]


def count_place_tree(session: Session) -> list[PlaceNode]:
    """City → county → town, each with the number of articles about it or any place below it."""
    columns = (Article.city_code, Article.city, Article.county_code, Article.county, Article.town_code, Article.town)
    rows = session.exec(
        select(*columns, func.count()).where(Article.city_code.is_not(None))  # type: ignore[union-attr]
        .group_by(*columns)
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


def author_exists(session: Session, name: str) -> bool:
    return session.exec(select(Author.id).where(Author.name == name)).first() is not None


def author_index(session: Session) -> list[tuple[str, int]]:
    """Every author with the number of articles and photos credited to them, most first."""
    rows = session.exec(
        select(Author.name, func.count()).join(ArticleAuthor, ArticleAuthor.author_id == Author.id)
        .group_by(Author.name).order_by(func.count().desc(), Author.name)
    ).all()
    return [(name, count) for name, count in rows]


def level_filter(level: str, code: str) -> ArticleFilters:
    return ArticleFilters(**{level: code})


def place_page(session: Session, code: str, *, page: int, per_page: int) -> dict[str, Any] | None:
    """A place with its breadcrumbs, the places below it and its articles (those of its towns too)."""
    info = place_info(session, code)
    if info is None:
        return None
    listing = list_articles(session, level_filter(info.level, info.code), page=page, per_page=per_page)
    children = sorted_nodes(info.trail[-1].children) if info.trail else []
    return {
        "code": info.code, "name": info.name, "level": info.level, "count": info.count,
        "trail": [{"code": n.code, "name": n.name, "level": n.level} for n in info.trail],
        "children": [{"code": n.code, "name": n.name, "level": n.level, "count": n.count} for n in children],
        "articles": listing.as_json(),
        "_listing": listing,
    }


def author_page(session: Session, name: str, *, page: int, per_page: int) -> dict[str, Any] | None:
    if not author_exists(session, name):
        return None
    listing = list_articles(session, ArticleFilters(author=name), page=page, per_page=per_page)
    return {"name": name, "count": listing.total, "articles": listing.as_json(), "_listing": listing}


def public(data: dict[str, Any]) -> dict[str, Any]:
    """The JSON twin of a page's data: everything but the helpers for templates."""
    return {key: value for key, value in data.items() if not key.startswith("_")}


def place_known(session: Session, value: str) -> bool:
    """A place given by code or name that the archive or the gazetteer knows."""
    if session.get(Place, value) is not None:
        return True
    if session.exec(select(Place.code).where(Place.name == value)).first() is not None:
        return True
    columns = (Article.city, Article.county, Article.town, Article.city_code, Article.county_code, Article.town_code)
    return any(session.exec(select(Article.id).where(column == value)).first() is not None for column in columns)


def unknown_filter(session: Session, filters: ArticleFilters) -> str | None:
    """A message naming the first filter that names no known place or author, else None."""
    if filters.author and not author_exists(session, filters.author):
        return f"no author named {filters.author!r} in the archive"
    for level in LEVELS:
        value = getattr(filters, level)
        if value and not place_known(session, value):
            return f"no place {value!r} known at level {level}"
    return None


def place_codes(session: Session, article_id: int) -> dict[str, str | None]:
    """The codes of an article's primary place at each level, for breadcrumb links."""
    row = session.exec(
        select(Article.city_code, Article.county_code, Article.town_code).where(Article.id == article_id)
    ).first()
    return dict(zip(LEVELS, row or (None, None, None), strict=True))
