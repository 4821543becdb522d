"""A number the column cut across two lines (`…请拨打123` / `45` / `热线反映。`): the digits alone on their line go
on with the number above them, text, not page furniture to drop (a page number under finished text still is). Every
snippet is invented."""

from app.parsing import parse_page
from tests.helpers import column_page

_BLOCKS = [["热线接通 难事好办"],
           ["“以前遇到漏水断电,只能打电话到处找人,现在拨打社区123"], ["45"],
           ["热线,半天就有人上门。”家住东苑小区的刘阿姨说。"],
           ["社区今年已通过热线办结居民诉求三百多件。"]]


def test_digits_alone_go_on_with_the_number_above():
    for apart in (True, False):
        (article,) = parse_page(column_page(_BLOCKS, apart=apart))
        assert "拨打社区12345热线,半天就有人上门" in article.body
        assert article.body.endswith("居民诉求三百多件。")
