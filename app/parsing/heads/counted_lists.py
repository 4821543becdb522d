"""An introduction counting the things a feature will go through, each named in a list (`打好“梨、茶、鱼”三张牌`,
`种好梨、茶、鱼三样产业`): the list and its count say that a part follows for each of them, as a series' name does
(`series_parts`); a head right under it heads the first. The count must match the items listed (two to six short
names, one to four letters each, joined by `、`), so a sentence merely listing a few things is no announcement."""

import re

_DIGITS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6}
_COUNTED = re.compile(
    r"“?((?:[\u3400-\u9fff]{1,4}、){1,5}[\u3400-\u9fff]{1,4})”?\s*([两二三四五六])"
    r"(?:张|样|件|个|项|大|条|篇|类|种)")


def counts_its_list(folded: str) -> bool:
    """Does this paragraph name two to six things in a list and count them right after (`“梨、茶、鱼”三张牌`)?"""
    for m in _COUNTED.finditer(folded):
        if len(m.group(1).split("、")) == _DIGITS[m.group(2)]:
            return True
    return False
