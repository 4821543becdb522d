"""Two headline lines, the lower closed by the paper's column name in brackets (`…(金秋看变化)`): the paper
prints its column's name after the title, so the lower line is the title and the long line above it the kicker,
not a title over its subtitle. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_KICKER = "青石县三百多名驻村干部和村民一起迎来丰收节,忙碌一整天"
_LEAD = "清晨六点,柳塘乡南湾村的文化广场上已经热闹起来,村民们搬来桌椅,准备一年一度的丰收节。"
_MORE = "广场一角,驻村工作队的几名队员正忙着给前来报名的村民登记,一直忙到中午才顾上吃饭。"


def test_the_line_closed_by_the_column_is_the_title():
    (article,) = parse_page(page(_KICKER, "这个秋天,他们没歇脚(金秋看变化)", "本报记者 王小明", _LEAD, _MORE))
    assert article.kicker == _KICKER
    assert article.title == "这个秋天,他们没歇脚(金秋看变化)"
    assert article.subtitle is None and article.authors == ["王小明"]
