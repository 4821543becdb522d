"""A dated feature (`某某网讯(记者 …)`) may print section heads that are not slogans of
short phrases: one phrase of up to eight characters (`邻里宴席暖人心`) or two spaced ones
(`志愿服务在身边 邻里互助不发愁`). Over text that goes on with the feature they are its sections, not
articles of their own; a head naming a place (`某某街道 青年能人走上前台`) still titles news. Every snippet is
invented."""

from app.parsing import parse_page
from tests.helpers import page

_LEAD = ("青山网讯(记者 张小明 通讯员 王立)昨天下午,白沙街道青松社区第三届邻里节开幕,"
         "三百多位居民在社区广场上摆起百家宴。")
_FIRST = "青松社区的邻里节已经办了三年,每年都由居民自己出主意、自己掌勺,社区只负责搭台子。"
_SECOND = "邻里节上,社区的志愿者还为老人量血压、修小家电,年轻人帮着给独居老人送饭上门。"


def test_a_one_phrase_head_in_a_dated_feature_is_a_section():
    (article,) = parse_page(page("青松社区邻里节开幕", _LEAD, "邻里宴席暖人心", _FIRST))
    assert article.title == "青松社区邻里节开幕"
    assert "青松社区的邻里节已经办了三年" in article.body


def test_a_head_of_two_spaced_phrases_in_a_dated_feature_is_a_section():
    (article,) = parse_page(page("青松社区邻里节开幕", _LEAD, _FIRST, "志愿服务在身边 邻里互助不发愁", _SECOND))
    assert article.title == "青松社区邻里节开幕"
    assert article.body.rstrip().endswith("给独居老人送饭上门。")


def test_a_spaced_head_naming_a_place_still_starts_an_article():
    articles = parse_page(page("青松社区邻里节开幕", _LEAD, "白沙街道 青年能人走上前台", _SECOND))
    assert [a.title for a in articles] == ["青松社区邻里节开幕", "白沙街道 青年能人走上前台"]
