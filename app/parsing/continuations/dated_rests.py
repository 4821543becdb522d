"""The rest of an interrupted article told by its time (`reunite._tail_owner` asks).

A feature interrupted at a paragraph break leaves no open sentence, and its rest may share few words with it. A
reader still follows the story's time: a feature that dates its day (`6月21日`) and then tells what happened on it
as `这一天` (`那一天`) goes on in a rest whose first sentence points at that day the same way, and the item printed
between, which names no day at all (no date, no `当天`, no `这一天`), cannot be what the rest points at. All three
are asked: the pointing alone is common in any report, and a rest under an item naming a day of its own may be
that item's."""

import re

# `这一天`, `那一天`, `这天,`: the day a text tells of, pointed at (not `这天气`)
_POINTS_AT_A_DAY = re.compile(r"[这那](?:一天|天(?=[,:]))")
# a day a text names: a date, a day pointed at, or the day of its events
_NAMES_A_DAY = re.compile(r"[0-9一二三四五六七八九十]{1,3}日|[这那]一?天|当天|当日|次日|今天|昨天")
_DATE = re.compile(r"[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日")
_FIRST_SENTENCE = re.compile(r"[^。!?]*")


def points_at_its_day(first: str, earlier: str, host: str) -> bool:
    """Does a rest's first paragraph (`first`) point in its first sentence at the day the earlier article dates and
    points at, where the host's text above the rest names no day? (All three folded.)"""
    opening = _FIRST_SENTENCE.match(first)
    return (opening is not None and _POINTS_AT_A_DAY.search(opening.group()) is not None
            and _NAMES_A_DAY.search(host) is None and _DATE.search(earlier) is not None
            and _POINTS_AT_A_DAY.search(earlier) is not None)
