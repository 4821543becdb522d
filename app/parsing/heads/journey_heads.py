"""Heads naming the stops of a journey. A headline that announces an account of a visit (`…采访纪实`, `…见闻`,
`…纪行`, `…行记`, `…走笔`, `…手记`) tells a feature that goes from place to place; its section heads name each stop
before a colon (`白沙:荒坡变成茶园`, then `青石岭:…`). Elsewhere a head opening with a place and a colon titles a
news item of its own (`某某镇:…`); under such a headline it is the visit's next stop, the reporter's account going
on under it. So is a village's head under a feature whose text lists the villages it goes to (`…甲、乙、丙四个村`).
"""

from __future__ import annotations

import re

from ..similarity import place_names

_ACCOUNT_OF_A_VISIT = re.compile(r"纪实|见闻|纪行|行记|走笔|手记")
_STOP = re.compile(r"^\s*([\u3400-\u9fff]{2,8})\s*:\s*\S")


def names_a_stop_of_the_journey(head: str, heading: str, opening: str) -> bool:
    """`白沙:…` (folded) under a headline announcing an account of a visit (`heading`, folded), the name before
    the colon a place's (`…白沙镇…`) or a spot's the text below it (`opening`) names again (`青石岭从前…`)."""
    stop = _STOP.match(head)
    if stop is None or _ACCOUNT_OF_A_VISIT.search(heading) is None:
        return False
    name = stop.group(1)
    return name in opening or any(key in name for key in place_names(head + "。" + opening))


# `某某村:…`: a head naming a village before its colon
_VILLAGE_HEAD = re.compile(r"^\s*([\u3400-\u9fff]{1,8}村)\s*:\s*\S")


def names_the_village_of_its_headline(head: str, heading: str, above_body: str, opening: str) -> bool:
    """`某某村:“…”` (folded) under a feature whose headline tells of a village without naming it
    (`一片茶叶改写村落命运`) and whose text above (`above_body`) has named no place yet, a general opening: the
    village the headline promised, named where the story comes to it, the text below (`opening`) naming it again
    (`…有个叫某某村的…`). A news item of its own under such a feature is about somewhere the headline did not
    promise: a village before its colon alone is no sign of one here."""
    village = _VILLAGE_HEAD.match(head)
    if village is None or "村" not in heading or village.group(1) in heading or place_names(above_body):
        return False
    return village.group(1)[-2:] in opening


def heads_a_village_of_the_feature(head: str, heading: str, above_body: str, opening: str) -> bool:
    """`某某村:…` (folded) heading the feature's part on the village its headline promised
    (`names_the_village_of_its_headline`) or on one of the villages its text above lists (`…甲、乙、丙四个边境村`,
    `甲村、乙村`), named again below: the reporter comes to each village the lead announced in turn. A news item of
    its own is about a village the text above did not list."""
    return names_the_village_of_its_headline(head, heading, above_body, opening) or _listed_above(head, above_body,
                                                                                                   opening)


def _listed_above(head: str, above_body: str, opening: str) -> bool:
    village = _VILLAGE_HEAD.match(head)
    if village is None:
        return False
    stem = village.group(1)[:-1]  # (`甲村` listed as `甲` among the others: `甲、乙两村`)
    return len(stem) >= 2 and stem in opening and any(
        form in above_body for form in (stem + "、", "、" + stem, stem + "村、", "、" + stem + "村"))
