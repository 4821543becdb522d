"""The rest of an article opening with its section head is told by a person the text under the head names, one the
article further up named again and again: a word that merely opens with a surname's character (`党支部`) is no one,
and only the first paragraph under the head is surely its text, the next may be another article's rest printed
there. So a head of the running article over its own text naming a word an article further up repeated stays that
article's section, and a line as wide as the column over the rest of its sentence stays the text it is. Every snippet
is invented."""

from app.parsing import parse_page
from tests.helpers import page

_BRANCH = ["柳湾县摄影协会成立联合党支部", "3月5日,柳湾县摄影协会召开大会,宣布成立联合党支部。",
           "会上,联合党支部书记通报了今年的工作打算,会员们纷纷表示支持。"]
_VILLAGE = ["白沙村:支部带头 共同致富", "抓班子,带队伍——", "入春后的白沙村,麦苗青青,油菜花开,村道两旁干干净净。",
            "去年村集体收入达三千多万元,家家户户都住上了新楼房。"]


def test_a_word_opening_with_a_surname_is_no_person():
    head = "抓产业,促增收——"
    text = "班子要过硬,关键在支部;这些年,村里的党支部一直带着大家干。多年来,白沙村坚持发展集体经济。"
    articles = parse_page(page(*_BRANCH, *_VILLAGE, head, text, "白沙村党委带领村民办起了农家乐,年游客超过十万人次。"))
    assert [a.title for a in articles] == [_BRANCH[0], _VILLAGE[0]]
    assert articles[1].body.endswith("十万人次。")


def test_only_the_paragraph_under_the_head_is_asked():
    lake = ["柳湾|龍灣港湖面恢復清澈", "從去年起,龍灣港全面拆除圍網養殖,整治岸線。",
            "如今的龍灣港水面開闊,成了市民休閒的好去處。"]
    fair = ["柳湾社区办起志愿服务大集", "2月25日,柳湾社区组织开展志愿服务大集活动,六十多名志愿者参加。",
            "社区的志愿者为老人量血压、测血糖,还帮大家修理小家电。"]
    line = "柳湾县中医院的志愿者们还在活动现场向社区居民分发急救常识宣传"
    rest = "手册,并讲解了日常生活中常见意外的处理方法。"
    lake_rest = "白沙鎮村民說:“拆了圍網,湖水清了,龍灣港的鳥兒也回來了。”"
    articles = parse_page(page(*lake, *fair, line, rest, lake_rest))
    assert [a.title for a in articles] == [lake[0], fair[0]]
    assert "处理方法。" in articles[1].body
