"""A line opening with a percent sign (`%。`), the column having cut it off the number it belongs to
(`…合格率达到98.5` / `%。`), goes on with that number: no line of page furniture and no sentence opens on `%`, so it is
not dropped. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import column_page

_BLOCKS = [["柳湾镇的自来水通到了每个村"],
           ["今年以来,柳湾镇新修供水管道四十多公里,全镇十二个村都喝上了自来水,水质抽检合格率达到98.5"], ["%。"],
           ["镇上还请来技术员,教各村的管水员看水表、修水管。"]]


def test_percent_sign_cut_off_its_number_stays_in_the_text():
    for apart in (True, False):
        (article,) = parse_page(column_page(_BLOCKS, apart=apart))
        assert "合格率达到98.5%。" in article.body
        assert article.body.endswith("看水表、修水管。")
