"""Heads that open with labels of the same length and a colon (`赶集现场:…`, `摊主心声:…`) label the
parts of one feature: the first is not a new article for naming, before its colon, words only the text
below it uses. A head naming a place before its colon titles news. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_LEAD = "腊月二十,青松镇逢集,卖春联的、卖炒货的摆满了老街两旁,前来置办年货的人一早就挤满了街口。"
_MARKET = "赶集现场,人头攒动,吆喝声此起彼伏,一位大爷挑了两副春联,笑着说今年要贴得喜庆些。"
_SELLER = "“今年来买年货的人比往年多,我的炒货一上午就卖了大半。”卖炒货的摊主一边装袋一边说。"


def test_heads_with_labels_of_one_shape_are_sections_of_one_feature():
    [article] = parse_page(page("青松老街年味浓", _LEAD, "赶集现场:人头攒动的年货街", _MARKET,
                                "摊主心声:今年生意比往年好", _SELLER))
    assert article.title == "青松老街年味浓"
    assert article.sections == ["赶集现场:人头攒动的年货街", "摊主心声:今年生意比往年好"]


def test_a_place_before_the_colon_titles_news():
    articles = parse_page(page("青松老街年味浓", _LEAD, "白沙镇:老街集市人气旺",
                               "本报讯 腊月二十,白沙镇老街集市开市,人气很旺。", "青松镇:农家年货俏销",
                               "本报讯 连日来,青松镇的农家腊肉、米酒卖得很好。"))
    assert [a.title for a in articles] == ["青松老街年味浓", "白沙镇:老街集市人气旺", "青松镇:农家年货俏销"]
