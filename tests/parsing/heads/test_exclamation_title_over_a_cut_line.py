"""A short exclamation standing between two texts (`…食堂,开张了!!`) titles the text below when that text restates
it, even where the column broke the first sentence under it (`…木牌,挂` / `在门头上…`): the cut line is read as text
first, then the exclamation as over any paragraph. On the page's top an exclamation over a report naming, right after
the date it opens with, a word of the exclamation (`柳湾这“宝贝”真甜,出名了!` over `3月5日上午9时许,柳湾县…`) is a
title too. An exclamation inside a text stays text. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_ABOVE = ("白沙镇今年新修了三条村道,村民出行更方便了。镇里还在每个村设了便民服务点,老人办事不出村。"
          "镇党委书记林小禾说,明年还要再修五条路,让每个自然村都通上硬化路。")
_TITLE = "柳湾最大的老年食堂,开张了!!"
_CUT = ["红底色的木牌上写着“老年食堂”四个大字,挂",
        "在门头上,十分显眼。今天上午,不少老人来到老年食堂吃饭,一荤两素只要八元。"]
_MORE = "这家老年食堂位于柳湾县城南街道,是目前柳湾县最大的老年食堂,能同时容纳一百多位老人就餐。"


def test_an_exclamation_over_a_cut_sentence_titles_the_text_below():
    articles = parse_page(page("白沙镇村道修到家门口", _ABOVE, _TITLE, *_CUT, _MORE))
    assert [a.title for a in articles] == ["白沙镇村道修到家门口", _TITLE]
    assert articles[0].body.endswith("通上硬化路。") and articles[1].body.startswith("红底色的木牌")


def test_an_exclamation_on_the_page_top_over_a_dated_report_naming_it():
    title = "柳湾这“宝贝”真甜,出名了!"
    text = "3月5日上午9时许,柳湾县白沙镇的果农林小禾正忙着给草莓大棚通风。今年他种了二十亩草莓,收成不错。"
    [article] = parse_page(page(title, text, "草莓熟了以后,城里的游客纷纷开车来采摘,一天能卖出两千多斤。"))
    assert article.title == title and article.body.startswith("3月5日上午")


def test_an_exclamation_inside_a_text_stays_text():
    inside = "大家都说,这下可好了!"
    [article] = parse_page(page("白沙镇村道修到家门口", _ABOVE, inside, _MORE))
    assert inside in article.body
