"""Of two headline lines, a long one telling after its colon what the paper does (`某某报推出连线:…`) over a plain
line half its length or shorter: the long line is the kicker, the short one the title. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_KICKER = "柳塘日报推出乡村连线:在外乡贤与家乡村民隔着屏幕共话新年打算"
_TITLE = "村里的路会越修越宽"
_LEAD = "去年春节,在外经商的陈大海头一回通过直播给老家的乡亲们拜年,那天的热闹他到现在还记得。"
_MORE = "今年,南湾村的乡亲们又和他连上了线,问起了村里新修的路,还有刚办起来的合作社。"


def test_a_long_colon_line_over_a_short_title_is_its_kicker():
    (article,) = parse_page(page(_KICKER, _TITLE, "作者:王小明 李大力", _LEAD, _MORE))
    assert article.kicker == _KICKER and article.title == _TITLE and article.subtitle is None
    assert article.authors == ["王小明", "李大力"]


def test_a_colon_title_over_a_longer_subtitle_stays_the_title():
    subtitle = "南湾村的乡亲们和在外乡贤隔着屏幕连线,问起了新修的路和刚办起来的合作社"
    (article,) = parse_page(page("南湾村:隔屏连线", subtitle, _LEAD, _MORE))
    assert article.title == "南湾村:隔屏连线" and article.kicker is None
