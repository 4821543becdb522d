"""A title telling of an official's visit that ends on the place visited (`某某走访调研山区小村`) is a
headline, not the bare name of a village: it stays the title, and the short line under it naming who went
along (`某某陪同`) is its subtitle. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TITLE = "周立新走访调研城东经济薄弱村"
_WITH = "陈海波陪同"
_DATELINE = "本报讯 (通讯员 马晓 记者 宋一川)"
_LEAD = "5日上午,副县长周立新来到城东镇,看望困难农户,了解薄弱村集体增收的打算。"
_MORE = "在河湾村,周立新察看了村里新建的蔬菜大棚,详细询问大棚的收益和带动农户增收的情况。"


def test_the_visit_is_the_title_and_the_company_its_subtitle():
    (article,) = parse_page(page(_TITLE, _WITH, _DATELINE + _LEAD, _MORE))
    assert article.kicker is None and article.title == _TITLE and article.subtitle == _WITH
    assert article.authors == ["马晓", "宋一川"]


def test_a_bare_village_name_over_a_title_is_still_its_kicker():
    (article,) = parse_page(page("城东镇河湾村", "蔬菜大棚鼓起农户钱袋子", _LEAD, _MORE))
    assert article.kicker == "城东镇河湾村" and article.title == "蔬菜大棚鼓起农户钱袋子"
