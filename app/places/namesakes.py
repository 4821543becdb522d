"""Which of a bare town name's namesakes a text means, when its context settles none.

A name several towns bear (石桥镇, seventeen in the gazetteer; 城关镇, ninety-three) is settled by what the text and
its page name around it: a county, a city, the province. Where the page names nothing near any of them, the home
region alone does not settle it: a text from anywhere writes its own 石桥镇 bare, and the one of them in the home
province is no likelier than the sixteen others. Where the text names only a province holding one namesake, a very
common name is as unsettled: the county it never writes may have its own.
"""

from .gazetteer import LEVEL_RANK

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
