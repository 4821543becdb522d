"""A saying quoted whole under a line with no quotation (`青松农场场主林大伯` over `“今年又是个好收成,
日子越过越甜”`) is the title, the line above its kicker: it names who said it or where. A short quoted
catchword under a title stays its subtitle. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_BODY = "林大伯在青松镇种了二十年草莓,今年的大棚里果子又大又甜,预订的客户排到了月底。"


def test_a_saying_under_its_speaker_is_the_title():
    article = parse_page(page("青松农场场主林大伯", "“今年又是个好收成,日子越过越甜”", _BODY))[0]
    assert article.kicker == "青松农场场主林大伯"
    assert article.title == "“今年又是个好收成,日子越过越甜”"


def test_a_saying_with_words_quoted_inside():
    article = parse_page(page("青松镇村级服务中心提档升级", "“这里是我们的‘第二个家’”", _BODY))[0]
    assert article.kicker == "青松镇村级服务中心提档升级"
    assert article.title == "“这里是我们的‘第二个家’”"


def test_a_short_quoted_catchword_under_a_title_stays_its_subtitle():
    article = parse_page(page("青松镇开展重阳敬老活动", "“我们的节日”", _BODY))[0]
    assert article.title == "青松镇开展重阳敬老活动"
    assert article.subtitle == "“我们的节日”"
