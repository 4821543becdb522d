"""A comma line after another article's finished text holding the short name of a town that the text below names in
full (`开门迎客啦,青石老小孩多了“舌尖上的幸福”` over `…青石镇惠民社区长者食堂开门营业…`), a town the article above never
named, is the next article's title, not a paragraph of the article above. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_ABOVE = ("宋雨:扎根农村的女村书记", "出生于1984年的宋雨,2007年来到白沙镇联庄村当上大学生村官,一干就是九年。",
          "联庄村是传统的农业村,村集体向来没有多少收入。宋雨和村民组长一起进村入户,流转了一百多亩土地。")
_CANTEEN = "为让附近老人吃上热饭,6月1日上午,青石镇惠民社区长者食堂开门营业,供应的饭菜不仅便宜,还符合胃口。"


def test_the_comma_line_titles_the_text_about_its_town():
    articles = parse_page(page(*_ABOVE, "开门迎客啦,青石老小孩多了“舌尖上的幸福”", _CANTEEN))
    assert [a.title for a in articles] == ["宋雨:扎根农村的女村书记", "开门迎客啦,青石老小孩多了“舌尖上的幸福”"]
    assert articles[1].body.startswith("为让附近")


def test_a_comma_line_about_the_town_above_stays_text():
    articles = parse_page(page(*_ABOVE, "面对困难,联庄的村民组长们",
                               "和宋雨一起进村入户,联庄村终于流转了一百多亩土地。"))
    assert len(articles) == 1 and "面对困难,联庄的村民组长们" in articles[0].body
