"""A comma title over a longer line naming the report's kind (`…活动侧记`, `…纪实`) and then a byline: the
comma line is the title and the long line its subtitle — a subtitle says what the report is, a kicker
does not. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_BODY = "9月21日,青禾县柳湾镇稻香村的文化广场上锣鼓喧天,村民们晒出自家的稻谷、南瓜和红薯,庆祝丰收。"
_MORE = "七十岁的老农陈伯一早就来到广场,他说今年风调雨顺,稻子亩产比去年多了一百多斤,日子越过越甜。"


def test_the_comma_line_is_the_title_and_the_report_line_its_subtitle():
    articles = parse_page(page("丰收的笑容,是最美的乡村表情", "青禾县2021年农民丰收节暨柳湾镇第二届乡村文化节活动侧记",
                               "◎青禾日报记者 苏晴", _BODY, _MORE))
    assert len(articles) == 1
    article = articles[0]
    assert (article.kicker, article.title) == (None, "丰收的笑容,是最美的乡村表情")
    assert article.subtitle == "青禾县2021年农民丰收节暨柳湾镇第二届乡村文化节活动侧记"
    assert article.authors == ["苏晴"]


def test_a_slogan_over_a_line_naming_who_acted_is_still_its_kicker():
    articles = parse_page(page("集中力量办好实事", "柳湾镇召开人代会", "◎青禾日报记者 苏晴", _BODY))
    assert (articles[0].kicker, articles[0].title) == ("集中力量办好实事", "柳湾镇召开人代会")
