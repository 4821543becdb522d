"""The first look before the dateline pattern (`shapes.may_open_with_dateline`) turns away no dateline."""

import random
import re

from app.parsing.bylines.credits import DATELINE
from app.parsing.shapes import DATELINE_REACH, may_open_with_dateline

_PIECES = ["本报", "本刊", "新华社", "中新网", "讯", "电", "消息", "报道", "记者", "通讯员", "实习生", "(", ")", "【",
           "】", " ", "  ", ":", "·", "-", "日报", "晚报", "网", "台", "社", "融媒体中心", "融媒", "客户端", "11月4日",
           "5月", "9日", "溪口", "青松县", "王小明", "李", "在线", "频道", "近日", ",", "。", "员"]


def _lines(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 14))) for _ in range(count)]


def test_every_dateline_opens_with_a_bracket_or_names_its_word_within_reach():
    lines = _lines(1, 60000)
    matched = [line for line in lines if DATELINE.match(line)]
    assert len(matched) > 800  # (the pieces make datelines of every kind, and lines that are none)
    assert all(may_open_with_dateline(line) for line in matched)


def test_a_line_without_the_words_is_turned_away_whatever_opens_it():
    assert not may_open_with_dateline("青松镇今年新建了三座桥,方便了村民出行。")
    assert not may_open_with_dateline("溪口" * 20 + "讯(记者 王小明)")  # the word beyond any dateline's reach
    assert may_open_with_dateline("   溪口日报讯(记者 王小明)近日,…")
    assert may_open_with_dateline("(通讯员 王小明)近日,…")


def test_the_dateline_s_words_stand_within_the_reach():
    """Of the pattern's ways to open, the longest a match can run before its end is within `DATELINE_REACH`
    (the look-aheads that follow read on, but what they read is not where the word stands)."""
    parsed = re._parser.parse(DATELINE.pattern)
    ways = [(op, av) for op, av in parsed.data if op is re._constants.BRANCH]
    assert len(ways) == 1 and 0 < re._parser.SubPattern(parsed.state, ways).getwidth()[1] <= DATELINE_REACH
