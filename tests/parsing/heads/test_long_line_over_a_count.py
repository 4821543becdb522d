"""Of two headline lines, a short one opening with a count (`300个微网格都有了联络员`) under a line half as long
again (`某某镇把“小事不出格、大事不出村”落到每一户人家门口`) is the title, the long line its kicker: a subtitle tells
more than its title, it is not the shorter of the two. A count under a title of about its length stays the subtitle.
Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_LEAD = ("本报讯 (记者王小明 通讯员李大华)“以前家里水管爆了都不知道找谁,现在一个电话,联络员半小时就到。”"
         "家住柳湾镇大岭村的某某说。")
_MORE = "柳湾镇共有二十一个村,去年起每个村又细分出十几个微网格,每个微网格选一名热心村民当联络员。"


def test_a_short_count_under_a_long_line_is_the_title():
    kicker = "柳湾镇把“小事不出格、大事不出村”落到每一户人家门口"
    (article,) = parse_page(page(kicker, "300个微网格都有了联络员", _LEAD, _MORE))
    assert article.kicker == kicker and article.title == "300个微网格都有了联络员" and article.subtitle is None
    assert article.authors == ["王小明", "李大华"]


def test_a_count_under_a_title_of_about_its_length_is_the_subtitle():
    (article,) = parse_page(page("柳湾镇细分网格服务村民", "300个微网格都有了联络员", _LEAD, _MORE))
    assert article.title == "柳湾镇细分网格服务村民" and article.subtitle == "300个微网格都有了联络员"
