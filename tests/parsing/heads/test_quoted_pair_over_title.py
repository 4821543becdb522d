"""Two spaced phrases of one length, each quoting a word at the same place (`点燃“发展”引擎 激活“振兴”动能`), maybe
after the place they are said of (`江苏柳湾:…`), over a line naming who did what, are the kicker: a pair built alike
is a slogan, the line under it the title. Longer halves (`“小喇叭”吹出新风尚 “大舞台”唱响新生活`) are a title's.
Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TEXT = "村集体经济总收入一百四十万元,村民人均可支配收入三万多元……这份成绩单的主人,是柳湾县白沙镇青石村。"


def test_a_quoted_pair_is_the_kicker():
    [article] = parse_page(page("江苏柳湾:点燃“发展”引擎 激活“振兴”动能", "青石村“定制农业”走出增收新路子", _TEXT))
    assert (article.kicker, article.title) == ("江苏柳湾:点燃“发展”引擎 激活“振兴”动能",
                                               "青石村“定制农业”走出增收新路子")


def test_longer_quoted_halves_are_the_title():
    [article] = parse_page(page("“小喇叭”吹出新风尚 “大舞台”唱响新生活",
                                "青石村的文化活动丰富多彩,村民们在家门口乐在其中", _TEXT))
    assert article.title == "“小喇叭”吹出新风尚 “大舞台”唱响新生活"
