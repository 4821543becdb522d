"""A byline line under the title that names a station's desk, then its reporters' names and the
correspondent in brackets (`东海广播电视台农家频道 林小川 王大成(通讯员:陈一平)`), credits the three; the
desk is no name and no subtitle, and the text opens under it. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TITLE = "青松乡:九月初九 老人同乐"
_DESK = "东海广播电视台农家频道 林小川 王大成(通讯员:陈一平)"
_TEXT = "10月3日上午,青松乡的志愿者们带着月饼和棉被走进敬老院,陪老人们下棋、聊天,院里笑声不断。"
_NEXT = "东岭村的老人们在村部吃上了长寿面,村里的厨师一早就开始和面,十几张桌子坐得满满当当。"


def test_a_station_desk_and_its_names_under_a_title():
    [article] = parse_page(page(_TITLE, _DESK, _TEXT, _NEXT))
    assert article.title == _TITLE and article.subtitle is None
    assert article.authors == ["林小川", "王大成", "陈一平"]
    assert article.body.startswith("10月3日上午") and "农家频道" not in article.body


def test_a_desk_over_words_that_are_no_names_stays_a_headline_line():
    # (`…频道 精彩回顾(…)`: no names after the desk, so no byline)
    [article] = parse_page(page(_TITLE, "东海广播电视台农家频道 精彩回顾(下集)", _TEXT, _NEXT))
    assert article.authors == []


_LONG_TITLE = "青松乡组织开展“九月九 长寿宴”饺子宴暨文艺演出、看望慰问百岁老人和困难老人系列活动"
_LONG_LEAD = ("金秋十月,桂花飘香。10月3日,青松乡组织开展“九月九 长寿宴”饺子宴暨文艺演出、"
              "看望慰问百岁老人和困难老人系列活动,"
              "为乡里的老人们送上节日的祝福。")


def test_a_long_title_over_its_desk_byline_after_another_item():
    # (a title too long for a headline line, restated by its lead, right over the byline: the item's title)
    above = page(_TITLE, _DESK, _TEXT, _NEXT)
    articles = parse_page(above + "\n" + page(_LONG_TITLE, "东海广播电视台农家频道 周青 吴海(通讯员:李兰)", _LONG_LEAD,
                                              _NEXT))
    assert [a.title for a in articles] == [_TITLE, _LONG_TITLE]
    assert articles[1].authors == ["周青", "吴海", "李兰"] and articles[1].body.startswith("金秋十月")
    assert articles[0].body.endswith("坐得满满当当。")
