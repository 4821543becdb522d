"""A numbered line (`1、在上级资金支持下,去年建起了`) right under a paragraph closing on the colon that announces a list
(`他们的办法是:`), with the next item's headline right under it, is the list's first item that the column cut where
another item cut in: text of the article above, not a numbered head (a head stands over the text of its part), and
not the kicker of the next item. Its rest, printed after the item between, goes back to it. Every snippet is
invented."""

from app.parsing import parse_page
from tests.helpers import page

_ABOVE = ("9月初,县里的调研组来到柳湾村,了解合作社带着村民致富的做法。",
          "柳湾村过去是全镇有名的穷村,如今家家入股合作社,日子一天天好起来。他们的办法是:")
_BETWEEN = ("青石县合作社抱团闯市场", "本报讯 入秋以来,青石县的合作社纷纷抱团,把山货卖到了省城。")
_REST = ("一座光伏电站,每年收入十多万元;", "2、在河边荒地种上了金银花,今年能收两千斤。")


def test_cut_list_item_stays_with_its_list():
    first, second = parse_page(page("合作社带出致富路", *_ABOVE, "1、在上级资金支持下,去年建起了", *_BETWEEN, *_REST))
    assert "1、在上级资金支持下,去年建起了一座光伏电站" in first.body
    assert first.body.endswith("今年能收两千斤。")
    assert second.kicker is None
    assert second.title == "青石县合作社抱团闯市场"
    assert second.body == "入秋以来,青石县的合作社纷纷抱团,把山货卖到了省城。"


def test_numbered_head_over_its_text_stays_a_head():
    text = page("合作社带出致富路", *_ABOVE, "1、建起光伏电站", "去年,村里在上级资金支持下建起了一座光伏电站。")
    (article,) = parse_page(text)
    assert article.sections == ["1、建起光伏电站"]
