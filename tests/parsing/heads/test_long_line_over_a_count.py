"""Of two headline lines, a short one opening with a count (`568个微网格各个都有联络员`) under a line half as long
again (`某某镇着力解决基层治理“谁来管、管什么、怎么管”的问题`) is the title, the long line its kicker: a subtitle
tells more than its title, it is not the shorter of the two. A count under a title of about its length stays the
subtitle. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_LEAD = ("本报讯 (记者王小明 通讯员李大华)“之前有个什么事情都要跑到村部,现在只要一个电话,微网格联络员就会帮忙解决。”"
         "昨日,家住柳湾镇大岭村的某某多次对微网格联络员的设立表示肯定。")
_MORE = "近年来,柳湾镇立足实际、科学定格,推进“精网微格”建设,选优配强网格力量,全面疏通基层治理“毛细血管”。"


def test_a_short_count_under_a_long_line_is_the_title():
    kicker = "柳湾镇着力解决基层治理“谁来管、管什么、怎么管”的问题"
    (article,) = parse_page(page(kicker, "568个微网格各个都有联络员", _LEAD, _MORE))
    assert article.kicker == kicker and article.title == "568个微网格各个都有联络员" and article.subtitle is None
    assert article.authors == ["王小明", "李大华"]


def test_a_count_under_a_title_of_about_its_length_is_the_subtitle():
    (article,) = parse_page(page("柳湾镇推进精网微格建设", "568个微网格各个都有联络员", _LEAD, _MORE))
    assert article.title == "柳湾镇推进精网微格建设" and article.subtitle == "568个微网格各个都有联络员"
