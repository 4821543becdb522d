"""Which gazetteer place a post belongs to.

A post that names a place (辛庄镇党委书记, 苏州高新区东渚街道党工委副书记) belongs to the most
specific place it names, read with the article's places as context, as the place tagger reads
them. A post that names none but says its level (区委书记, 副区长, 镇党委书记, 街道党工委书记)
belongs to the place of that level the article is about: 区委书记 in an article about 崇川区 is
崇川区's. A village or community post (生田村党委书记) with no place of its own belongs to the
article's town, when the article is about one town.
"""

from collections.abc import Callable, Iterable
from functools import cached_property, lru_cache

from app.places.gazetteer import LEVEL_RANK, Gazetteer, Place
from app.places.matching import NameMatch, find_names
from app.places.names import fold
from app.places.resolve import Context, resolve

# The level a bare prefix speaks of, and the ending of the place's name it needs.
_BARE_PREFIXES = (
    ("街道", "town", ("街道",)), ("镇", "town", ("镇",)), ("乡", "town", ("乡",)),
    ("区", "county", ("区",)), ("县", "county", ("县",)), ("市", "county", ("市",)), ("市", "city", ("市",)),
)
_RANKS = ("常务副", "第一", "执行", "副")
# Units below a town: a post of one is filed under its town, yet is no post of the town itself.
BELOW_TOWN = ("村", "社区", "居委会", "村委会", "居民区")


def post_places(gazetteer: Gazetteer, context_codes: Iterable[str], primary_code: str | None,
                home_code: str | None) -> Callable[[str], str | None]:
    """A function from a post's organisation (or bare title) to a gazetteer code."""
    return _PostPlaces(gazetteer, list(context_codes), primary_code, home_code)


class _PostPlaces:
    """The places of one article's posts. Most articles give nobody a post: what reading a post's place
    against the article's places needs is made on the first post."""

    def __init__(self, gazetteer: Gazetteer, context_codes: list[str], primary_code: str | None,
                 home_code: str | None) -> None:
        self._gazetteer, self._context_codes = gazetteer, context_codes
        self._primary_code, self._home_code = primary_code, home_code

    @cached_property
    def _context(self) -> Context:
        return Context(self._gazetteer, [c for c in self._context_codes if c in self._gazetteer.places])

    @cached_property
    def _chain(self) -> dict[str, Place]:
        gazetteer, primary_code = self._gazetteer, self._primary_code
        return {p.level: p for p in gazetteer.filed_chain(primary_code)} if primary_code in gazetteer.places else {}

    def __call__(self, org: str) -> str | None:
        return self._named_place(org) or self._bare_place(org)

    def _named_place(self, org: str) -> str | None:
        gazetteer = self._gazetteer
        matches = _names_in(gazetteer, fold(org))
        if not matches:  # most posts name no place of their own (区委书记)
            return None
        codes = [r.code for r in resolve(gazetteer, matches, self._context, self._home_code)]
        return max(codes, key=lambda c: LEVEL_RANK[gazetteer[c].level]) if codes else None

    def _bare_place(self, org: str) -> str | None:
        folded = fold(org)
        for rank in _RANKS:  # 常务副区长 speaks of a 区 like 区长
            folded = folded.removeprefix(rank)
        chain = self._chain
        for prefix, level, endings in _BARE_PREFIXES:
            place = chain.get(level)
            if folded.startswith(prefix) and place and place.name.endswith(endings):
                return place.code
        if any(unit in folded for unit in BELOW_TOWN) and "town" in chain:
            return chain["town"].code
        return None


@lru_cache(maxsize=4096)
def _names_in(gazetteer: Gazetteer, folded_org: str) -> list[NameMatch]:
    """The place names of an organisation as printed: the same few organisations come back article after
    article, so each is read once (the list is only read, never changed)."""
    return find_names(gazetteer, folded_org, "body")
