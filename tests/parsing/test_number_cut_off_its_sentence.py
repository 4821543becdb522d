"""A line holding no letter but opening with a mark only a running sentence has (`,1000`, `、2024`), the column
having cut a number off its sentence (`…一声轻响` / `,1000` / `元钱就到了账。`), is text going on with the lines around
it, not page furniture to drop (a page number or a bare date line still is). Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import column_page

_BLOCKS = [["卖菜钱当天就到账"],
           ["早上九点多,菜农老孙把最后一筐青菜装上车,手机随即“叮”地响了一下"], [",2600"],
           ["元菜钱就到了账。老孙乐呵呵地说,合作社结账从来不拖。"],
           ["今年以来,合作社已帮周边三个村的菜农卖出蔬菜四百多吨。"]]


def test_number_cut_off_its_sentence_stays_in_the_text():
    for apart in (True, False):
        (article,) = parse_page(column_page(_BLOCKS, apart=apart))
        assert "响了一下,2600元菜钱就到了账" in article.body
        assert article.body.endswith("卖出蔬菜四百多吨。")
