"""Every line apart, a short line after a column-wide line that broke off mid-sentence (`…都要下雨的天气预`), over a
line opening with one character and a comma (`报,搅得人们…`), is a piece of that sentence: the column broke a word
(`天气预报`), and no lead opens with one character and a comma. Every snippet is invented."""

import textwrap

from app.parsing import parse_page
from app.parsing.shapes import stands_whole
from tests.helpers import column_page

_W = 20


def test_a_line_over_one_character_and_a_comma_is_no_whole_headline():
    assert not stands_whole("天气预", "报,搅得人们心神不宁。")
    assert stands_whole("白沙镇小麦丰收", "近日,白沙镇的小麦陆续开镰。")


def test_the_broken_word_stays_in_its_sentence():
    text = "机器轰鸣,人员如梭,白沙镇营前村的麦田里到处都是一片繁忙景象。接下来几天要下雨的天气预"
    assert len(text) == 2 * _W + 3  # two column-wide lines, then the word's first three characters
    rest = "报,搅得人们心神不宁,高兴之余又多了几分着急。驻村工作队和村组干部商量了半天,决定马上开镰抢收。"
    more = "村民王青说:“有驻村工作队的坚强后盾,有村组干部带头,我们心里就踏实了,今年的麦子一粒也不会烂在地里。”"
    lines = textwrap.wrap(text, _W)
    articles = parse_page(column_page([["全员齐上阵 最忙麦收时"], lines[:-1], [lines[-1]], textwrap.wrap(rest, _W),
                                       textwrap.wrap(more, _W)], apart=True))
    assert [a.title for a in articles] == ["全员齐上阵 最忙麦收时"]
    assert "天气预报,搅得" in articles[0].body.replace("\n", "")
