"""Every line apart, a section head printed on two short lines (`一处温暖小家` / `解决吃饭难题`) between
paragraphs of a running feature is one head of that feature, as it is where its two lines touch; a kicker and
a title over another item's text stay a headline group. Every snippet is invented."""

import textwrap

from app.parsing import parse_page
from tests.helpers import column_page

_W = 20
_LEAD = "5月6日,柳岸镇青松村的老人食堂开张了,六十岁以上的村民都能在这里吃上热乎饭,每餐只收三元钱。"
_UNDER = "老人食堂设在村党群服务中心一楼,宽敞明亮的餐厅里摆着十几张方桌,可供八十多人同时就餐。"
_MORE = "食堂的菜单每周更换一次,荤素搭配,价格公示在墙上,老人们看了都说放心。"


def _page(first: str, second: str, below: str) -> str:
    return column_page([["青松村老人食堂开张"], textwrap.wrap(_LEAD, _W), [first], [second],
                        textwrap.wrap(below, _W), textwrap.wrap(_MORE, _W)], apart=True)


def test_two_short_lines_between_paragraphs_are_one_head():
    [article] = parse_page(_page("一处温暖小家", "解决吃饭难题", _UNDER))
    assert article.title == "青松村老人食堂开张"
    assert article.sections == ["一处温暖小家 解决吃饭难题"]
    assert article.body.endswith("都说放心。")


def test_a_kicker_and_title_over_another_place_stay_a_headline_group():
    other = "白沙镇第三届菊花展昨天开幕,展出各类菊花三千余盆,吸引了周边市民前来观赏。"
    articles = parse_page(column_page([["青松村老人食堂开张"], textwrap.wrap(_LEAD, _W), ["金秋时节"],
                                       ["白沙镇菊花展开幕"], textwrap.wrap(other, _W)], apart=True))
    assert [a.title for a in articles] == ["青松村老人食堂开张", "白沙镇菊花展开幕"]
