"""A feature's introduction announcing the series it opens (`…推出“某某”系列,带你感受…`): a head right under it heads
the series' first part, not a new item's title. A paragraph naming a series by its quoted name (`“某某”系列`,
`“某某”特别策划`, `“某某”专栏`), or the places a round-up picked to visit or walked into, counted (`选取了3个村落`,
`走进这三个社区`), says that parts of it follow; an item set in under it would leave the series announced and never
begun. Only the introduction asks: one or two paragraphs and no head yet under the article's headline, the last of
them finished and naming the series (or counting the things it goes through, `counted_lists`)."""

import re

from .counted_lists import counts_its_list

INTRODUCTION_PARAGRAPHS = 2  # an introduction is short: a scene-setting sentence and the announcement
# (`推出“某某”系列`: the series by its quoted name; `推出 “某某” 特别策划`, `…”专栏`, a paper's other words for one)
_NAMES_A_SERIES = re.compile(r"[”」』]\s*(?:系列|特别策划|专栏|专题报道)")
# (or the places a round-up picked to visit, `记者…各选取了3个村落`: a part follows for each, a place heading it)
# (or the places counted that the reporter walked into, `记者走进这三个村`: each of them is a part, as picked ones are)
_PICKS_PLACES = re.compile(
    r"(?:选取|选择|挑选|走访|探访|走进|来到)了?这?(?:\d+|[一二两三四五六七八九十几数]+)个"
    r"(?:村落|村庄|村|乡镇|镇|社区|县|市|地方)")


def announces_its_parts(paragraphs: list) -> bool:
    """The article's paragraphs so far are an introduction whose last paragraph announces the series it opens."""
    if not 0 < len(paragraphs) <= INTRODUCTION_PARAGRAPHS or any(p.section for p in paragraphs):
        return False
    last = paragraphs[-1]
    return not last.unfinished and (any(pattern.search(last.folded) for pattern in (_NAMES_A_SERIES, _PICKS_PLACES))
                                    or counts_its_list(last.folded))  # (`“梨、茶、鱼”三张牌`: a part for each)
