"""A head between the paragraphs of a dated feature that quotes the catchword one of its quotations opened
with (`大家都盼着“邻里食堂”` under text about `“邻里食堂计划”`) heads a part of that feature, not a new
article. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_LEAD = "东海网消息 (记者林小川) 昨日,白沙镇青松社区开了一场居民会,大家围绕“邻里食堂计划”说了一下午。"
_BELOW = "据了解,社区打算把闲置的老仓库改成食堂,先给七十岁以上的老人供应午饭。"
_MORE = "社区主任说,食堂的菜单会请居民一起定,价钱也要大家商量。"


def test_a_head_quoting_the_text_above_is_its_section():
    [article] = parse_page(page("青松社区的一场居民会", _LEAD, "大家都盼着“邻里食堂”", _BELOW, _MORE))
    assert article.sections == ["大家都盼着“邻里食堂”"]
    assert article.body.endswith("也要大家商量。")


def test_a_head_quoting_nothing_above_still_titles_the_next_item():
    articles = parse_page(page("青松社区的一场居民会", _LEAD, "白沙镇“暖心车队”出发", _BELOW, _MORE))
    assert [a.title for a in articles] == ["青松社区的一场居民会", "白沙镇“暖心车队”出发"]
