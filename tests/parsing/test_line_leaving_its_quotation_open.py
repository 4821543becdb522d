"""A line that opens a quotation and leaves it open (`…笑着讲:“没想到能拿奖,谢谢大伙儿!`) goes on below, even where
it ends on an exclamation inside the quote and the line below opens with one of its words: it is text, no headline
that exclaims over a new item (a short quoted head broken over two lines, `“小院里的` / `大学问”`, may still be one).
Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.shapes import quotes_on_below
from tests.helpers import column_page

_BLOCKS = [["丰收节上合作社领了奖"],
           ["10月18日,青山县丰收节在柳河镇开幕,全县一百家合作社领了奖。"],
           ["获奖的合作社有种果的、养牛的,也有做电商的,各有各的门道。"],
           ["领奖的柳河村合作社的理事长王大海笑着讲:“没想到能拿奖,谢谢大伙儿!"],
           ["谢谢大伙儿这些年帮衬!来年合作社还要添两个大棚。”"]]


def test_open_quotation_goes_on_below():
    assert quotes_on_below("领奖的柳河村合作社的理事长王大海笑着讲:“没想到能拿奖,谢谢大伙儿!")
    assert not quotes_on_below("“小院里的")
    assert not quotes_on_below("王大海笑着讲:“没想到能拿奖!”")


def test_exclamation_inside_an_open_quote_is_no_headline():
    for apart in (True, False):
        (article,) = parse_page(column_page(_BLOCKS, apart=apart))
        assert article.title == "丰收节上合作社领了奖"
        assert article.body.endswith("还要添两个大棚。”")
