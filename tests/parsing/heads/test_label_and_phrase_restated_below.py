"""A head of a label, its colon and a phrase (`设立:从一张报纸到一支队伍`) printed between paragraphs of an
uncredited article, over text that opens by restating the phrase, heads that part of the article; a place's name
before the colon still titles an item of its own. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_L1 = "社区新闻发声人工作,是河湾区在推动媒体融合中的一项新实践,让更多群众讲述身边有温度的事。"
_L2 = "随着河湾区文明实践中心的建立,新闻发声人在更大的舞台上发挥了作用,由下至上反映民声民意。"
_L3 = "从一张报纸到一支发声人队伍,从邻居口中的“胡姐”到视频浏览量过百万的“网红”,青石街道先行一步。"
_L4 = "成立之初,青石街道就结合地区特点设置了不同主题的发声内容,后来又挖掘出4支专业发声队伍。"


def test_a_label_and_the_phrase_the_text_restates_heads_a_part():
    (article,) = parse_page(page("做民情最后一公里的信使", _L1, _L2, "设立:从一张报纸到一支队伍", _L3, _L4))
    assert article.sections == ["设立:从一张报纸到一支队伍"]
    assert article.body.endswith("4支专业发声队伍。")


def test_a_place_before_the_colon_still_titles_an_item():
    lead = "村村建起调解室,白沙镇今年化解矛盾纠纷两百多件,没有一件闹到镇外。"
    articles = parse_page(page("做民情最后一公里的信使", _L1, _L2, "白沙镇:村村建起调解室", lead, _L4))
    assert [a.title for a in articles] == ["做民情最后一公里的信使", "白沙镇:村村建起调解室"]
