"""An outlet's name in brackets (`(某某广播电视台)`) printed right under a closing credit line is part
of that credit: it heads nothing below it. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_a_bracketed_outlet_under_a_correspondent_line_closes_the_article_with_it():
    greenhouse, feature = parse_page(page(
        "青松:大棚蔬菜上市", "夏日里,青松镇的蔬菜大棚进入收获期,黄瓜和辣椒摆满了采摘筐。",
        "通讯员:青松县融媒体中心 林青\n(青松广播电视台)",
        "白沙特色产业拓宽致富路", "白沙镇依托小杂粮基地和腐竹作坊,走出一条农旅融合的路子。"))
    assert greenhouse.authors == ["林青"]
    assert feature.title == "白沙特色产业拓宽致富路" and feature.kicker is None
