"""Two headline lines, the lower closed by the paper's column name in brackets (`…(金秋看变化)`): the paper
prints its column's name after the title, so the lower line is the title and the long line above it the kicker,
not a title over its subtitle. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_KICKER = "青石县一百多位农技员分头进山,把新种的菜苗送到农户门口"
_LEAD = "天刚亮,柳塘乡南湾村的菜园边就停了三辆小货车,车斗里码着一盘盘刚育好的辣椒苗。"
_MORE = "农技员周晓雯蹲在地头,教两位老人怎样掐掉多余的侧芽,一垄一垄地示范到了中午。"


def test_the_line_closed_by_the_column_is_the_title():
    (article,) = parse_page(page(_KICKER, "菜园子里的新门道(金秋看变化)", "本报记者 王小明", _LEAD, _MORE))
    assert article.kicker == _KICKER
    assert article.title == "菜园子里的新门道(金秋看变化)"
    assert article.subtitle is None and article.authors == ["王小明"]
