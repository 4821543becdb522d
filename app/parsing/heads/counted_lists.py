"""An introduction counting the things a feature will go through, each named in a list (`打好“梨、茶、鱼”三张牌`,
`种好梨、茶、鱼三样产业`): the list and its count say that a part follows for each of them, as a series' name does
(`series_parts`); a head right under it heads the first. The count must match the items listed (two to six short
names, one to four letters each, joined by `、`), so a sentence merely listing a few things is no announcement.
The count and its measure word are looked for first (few paragraphs hold one), then the list right before them."""

import re

_DIGITS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6}
_COUNT = re.compile(r"([两二三四五六])(?:张|样|件|个|项|大|条|篇|类|种)")
_LIST_BEFORE = re.compile(r"((?:[\u3400-\u9fff]{1,4}、){1,5}[\u3400-\u9fff]{1,4})”?\s*$")
_LIST_REACH = 32  # six items of four letters and their marks


def counts_its_list(folded: str) -> bool:
    """Does this paragraph name two to six things in a list and count them right after (`“梨、茶、鱼”三张牌`)?"""
    if "、" not in folded:
        return False  # (no list: turned away before any search)
    for count in _COUNT.finditer(folded):
        listed = _LIST_BEFORE.search(folded, max(0, count.start() - _LIST_REACH), count.start())
        if listed is not None and len(listed.group(1).split("、")) == _DIGITS[count.group(1)]:
            return True
    return False
