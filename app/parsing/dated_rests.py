"""The rest of an interrupted article told by its time (`reunite._tail_owner` asks).

A feature interrupted at a paragraph break leaves no open sentence, and its rest may share few words with it. A
reader still follows the story's time: a rest whose first sentence points back at a day (`这一天`, `那一天`) goes on
with the text that named that day, and the item printed between, which dates no day at all (no `6月21日`, no
`当天`, no `这一天`), cannot be what it points at. A day pointed at needs a text that dated it; the one text above
that did is the one the rest goes on with."""

import re

# `这一天`, `那一天`, `这天,`: a day the text above named, pointed at (not `这天气`)
_POINTS_AT_A_DAY = re.compile(r"[这那](?:一天|天(?=[,:]))")
# a day a text dates: a date, or a day it points at or names as the day of its events
_DATES_A_DAY = re.compile(r"[0-9一二三四五六七八九十]{1,3}日|[这那]一?天|当天|当日|次日|今天|昨天")
_FIRST_SENTENCE = re.compile(r"[^。!?]*")


def points_at_its_day(first: str, earlier: str, host: str) -> bool:
    """Does a rest's first paragraph (`first`) point in its first sentence at a day the earlier article's text
    dates, where the host's text above the rest dates none? (All three folded.)"""
    opening = _FIRST_SENTENCE.match(first)
    return (opening is not None and _POINTS_AT_A_DAY.search(opening.group()) is not None
            and _DATES_A_DAY.search(host) is None and _DATES_A_DAY.search(earlier) is not None)
