"""Place tagging of a newspaper page: which places each article names, and which it is about.

Pure functions over a `Gazetteer`. The page is tagged as a whole because the other articles
of a page are context: a district's own paper writes 区委书记 and 城东街道 without ever
saying which district, and its neighbours on the page do.

For each article:
1. every field is folded (NFKC, simplified) and searched for names (matching.py);
2. each name is resolved to a place from the article's and the page's context (resolve.py);
3. the primary place is the most specific place the headline (kicker, title) names; failing
   that the opening sentence; failing that the subtitle; failing that the dominant place of
   the body, which names a town only when it keeps coming back to that one town. A headline
   naming a county makes the article county-wide even when the body names a 街道 in passing.
4. an article that names no place of its own, or only its city and only in passing, takes
   the county most articles of the page are about, when the page is about one county.
"""

import re
from collections import Counter
from collections.abc import Sequence

from .gazetteer import LEVEL_RANK, Gazetteer
from .matching import NameMatch, find_names
from .model import ArticleText, Mention, PlaceTags, PrimaryPlace
from .names import fold
from .resolve import Context, Resolved, anchors, resolve

_HEADLINE_FIELDS = ("kicker", "title")
_QUOTES = {"“": "”", "「": "」", "『": "』", "\"": "\""}
_SENTENCE_END = re.compile(r"[。!?！？\n]")


def tag_page(gazetteer: Gazetteer, articles: Sequence[ArticleText], home_region: str = "江苏省") -> list[PlaceTags]:
    """Place tags for each article of one page, in the same order."""
    home = gazetteer.find(home_region)
    home_code = home.code if home else None
    names = [_article_names(gazetteer, article) for article in articles]
    page = Context(gazetteer, (code for matches in names for code in anchors(gazetteer, matches, home_code)))
    resolved = [resolve(gazetteer, matches, page, home_code) for matches in names]

    own = [_primary_code(gazetteer, places) for places in resolved]
    page_county = _page_county(gazetteer, [code for code, _ in own if code])
    tags = []
    for places, (code, named_where) in zip(resolved, own):
        if page_county and named_where in (None, "body") and _is_city_or_less(gazetteer, code, page_county):
            code = page_county
        tags.append(PlaceTags(_primary_place(gazetteer, code) if code else None, _mentions(gazetteer, places)))
    return tags


def _article_names(gazetteer: Gazetteer, article: ArticleText) -> list[NameMatch]:
    matches: list[NameMatch] = []
    for field in ("kicker", "title", "subtitle"):
        text = getattr(article, field)
        if text:
            matches += find_names(gazetteer, fold(text), field)
    body = fold(article.body)
    matches += find_names(gazetteer, body, "body", opening_end=_opening_end(body))
    return matches


def _opening_end(body: str) -> int:
    """Where the first sentence ends, a sentence quoted inside it not counting."""
    closing: list[str] = []
    for i, char in enumerate(body):
        if closing and char == closing[-1]:
            closing.pop()
        elif char in _QUOTES:
            closing.append(_QUOTES[char])
        elif not closing and _SENTENCE_END.match(char):
            return i + 1
    return len(body)


def _primary_code(gazetteer: Gazetteer, places: list[Resolved]) -> tuple[str | None, str | None]:
    """The code of the place the article is about, and where it was found:
    headline, opening, subtitle or body (None: nowhere)."""
    for where, named in (
        ("headline", [p.code for p in places if p.match.field in _HEADLINE_FIELDS]),
        ("opening", [p.code for p in places if p.match.opening]),
        ("subtitle", [p.code for p in places if p.match.field == "subtitle"]),
    ):
        if named:
            return _most_specific(gazetteer, named), where
    code = _dominant(gazetteer, [p.code for p in places])
    return code, "body" if code else None


def _most_specific(gazetteer: Gazetteer, codes: list[str]) -> str | None:
    """The deepest place named; where several differ at that depth, what they share."""
    deepest = max(LEVEL_RANK[gazetteer[c].level] for c in codes)
    distinct = list(dict.fromkeys(c for c in codes if LEVEL_RANK[gazetteer[c].level] == deepest))
    return distinct[0] if len(distinct) == 1 else _shared_area(gazetteer, distinct)


def _shared_area(gazetteer: Gazetteer, codes: list[str]) -> str | None:
    chains = [[p.code for p in gazetteer.filed_chain(c)] for c in codes]
    shared = [c for c in chains[0] if all(c in chain for chain in chains[1:])]
    return shared[0] if shared else None


def _dominant(gazetteer: Gazetteer, codes: list[str]) -> str | None:
    """The county the body keeps naming; its town only when the body names that town alone, twice."""
    if not codes:
        return None
    counties = Counter(county for c in codes if (county := _at_level(gazetteer, c, "county")))
    if not counties:
        return _shared_area(gazetteer, list(dict.fromkeys(codes)))
    ranked = counties.most_common()
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return _shared_area(gazetteer, [county for county, _ in ranked])
    county = ranked[0][0]
    towns = Counter(c for c in codes if gazetteer[c].level == "town" and _at_level(gazetteer, c, "county") == county)
    if len(towns) == 1 and towns.most_common(1)[0][1] >= 2:
        return towns.most_common(1)[0][0]
    return county


def _at_level(gazetteer: Gazetteer, code: str, level: str) -> str | None:
    return next((p.code for p in gazetteer.filed_chain(code) if p.level == level), None)


def _page_county(gazetteer: Gazetteer, codes: list[str]) -> str | None:
    """The county most of the page's articles are about, if the page is about one county."""
    counties = Counter(_at_level(gazetteer, c, "county") for c in codes)
    county, votes = counties.most_common(1)[0] if counties else (None, 0)
    return county if county and votes * 2 > len(codes) else None


def _is_city_or_less(gazetteer: Gazetteer, code: str | None, county: str) -> bool:
    """No place, or only a city (or province) that contains `county`."""
    if code is None:
        return True
    return LEVEL_RANK[gazetteer[code].level] <= LEVEL_RANK["city"] and code in gazetteer.ancestors(county)


def _primary_place(gazetteer: Gazetteer, code: str) -> PrimaryPlace:
    by_level = {p.level: p.name for p in gazetteer.filed_chain(code)}
    city = by_level.get("city")
    if city is None and by_level.get("province", "").endswith("市"):
        city = by_level["province"]  # 北京市, 上海市 …: the municipality is the city
    return PrimaryPlace(city=city, county=by_level.get("county"), town=by_level.get("town"), code=code)


def _mentions(gazetteer: Gazetteer, places: list[Resolved]) -> list[Mention]:
    codes = dict.fromkeys(p.code for p in places)
    return [Mention(gazetteer[c].name, gazetteer[c].level, c) for c in codes]
