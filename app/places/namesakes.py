"""Which of a bare town name's namesakes a text means, when its context settles none.

A name several towns bear (石桥镇, seventeen in the gazetteer; 城关镇, ninety-three) is settled by what the text and
its page name around it: a county, a city, the province. Where the page names nothing near any of them, the home
region alone does not settle it: a text from anywhere writes its own 石桥镇 bare, and the one of them in the home
province is no likelier than the sixteen others. Where the text names only a province holding one namesake, a very
common name is as unsettled: the county it never writes may have its own. A headline over numbered senses, each
in a county holding a town of the headline's name, is a dictionary entry for a name several places bear.
"""

import re
from functools import lru_cache

from .gazetteer import LEVEL_RANK, Gazetteer

# towns of one name, more than: the province alone does not settle it (城关镇, the county seat's, 91; 城东街道 32;
# 太平镇 50) — the province's only one may be a county's the text never names
_COMMON = 20
_SHARED = 10  # towns of one name, more than: the home region alone does not settle it (石桥镇 17, 金山镇 13)

Rank = tuple[tuple[int, int], tuple[int, int], bool, int]  # the text's closeness, the page's, home, status


def left_unsettled(first: Rank, level: str, namesakes: int) -> bool:
    """Whether a bare town name of `namesakes` places stays unsettled though `first` (of `level`) ranks first:
    its province, the most the text names near it, with a very common name; or nothing near, the home region
    alone tipping it, with a name many places share."""
    (text_near, _), (page_near, _), home, _ = first
    if level != "town":
        return False
    if text_near == LEVEL_RANK["province"] >= page_near:
        return namesakes > _COMMON
    return text_near == page_near == 0 and home and namesakes > _SHARED


def numbered_namesakes(gazetteer: Gazetteer, counties: list[tuple[int, str]], body: str, headline: str) -> list[str]:
    """A headline over numbered senses ((1) 在江苏省海安县… (2) 在广东省徐闻县…) whose first counties
    each hold a town of the headline's name: a dictionary entry for a name several places bear. `counties`: where the
    body names a county (its offset), and which, in reading order."""
    # the towns the headline names in the counties the body names: only these can be found below, and the body is
    # searched for its senses (every character looked at) only where two are (most headlines: none)
    named_under = _children_named(gazetteer)
    if len({c for county in {code for _, code in counties} for name, c in named_under.get(county, ())
            if name in headline}) < 2:
        return []
    starts = [m.end() for m in _SENSE_MARK.finditer(body)] + [len(body)]
    towns = set()
    for begin, end in zip(starts, starts[1:]):
        county = next((code for at, code in counties if begin <= at < end), None)
        towns.update(c for name, c in named_under.get(county, ()) if name in headline)
    return sorted(towns) if len(towns) > 1 else []


# ① … ⑨, or (1) … (九): written with one set of first characters, so a search skips to them
_SENSE_MARK = re.compile(r"[①②③④⑤⑥⑦⑧⑨(（](?:(?<=[①②③④⑤⑥⑦⑧⑨])|(?<=[(（])[1-9一二三四五六七八九][)）])")


@lru_cache(maxsize=4)  # one table per gazetteer, made when first asked
def _children_named(gazetteer: Gazetteer) -> dict[str, tuple[tuple[str, str], ...]]:
    """The places right under each place (a county's towns), by name and code."""
    return {code: tuple((gazetteer[c].name, c) for c in children) for code, children in gazetteer.children.items()}
