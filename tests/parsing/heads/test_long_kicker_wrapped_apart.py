"""Every line apart, a long kicker the column wrapped (wide lines, then a shorter one ending in `——`) right over a
headline and its byline is that headline's kicker, as where its lines touch; wide lines over a headline that do not
lead into it stay text. Every snippet is invented."""

import textwrap

from app.parsing import parse_page
from tests.helpers import column_page

_W = 20
_KICKER = "本报记者林小禾跟随采访团走进柳湾县白沙镇的乡间,看乡村新貌、产业发展——"
_TEXT = ("“村里的路修好了,游客也多了!”白沙镇营前村村民王青说起村里的变化,脸上满是笑容。这几年,营前村依托湖区资源"
         "发展民宿和农家乐,村集体收入翻了一番,在外打工的年轻人也陆续回到了村里。")


def test_the_wrapped_kicker_heads_the_title():
    for apart in (True, False):
        articles = parse_page(column_page([textwrap.wrap(_KICKER, _W), ["乡亲们的致富路越走越宽"], ["□本报记者 林小禾"],
                                           textwrap.wrap(_TEXT, _W)], apart=apart))
        assert len(articles) == 1, apart
        assert articles[0].kicker == _KICKER and articles[0].title == "乡亲们的致富路越走越宽", apart


def test_wide_lines_that_do_not_lead_into_the_headline_stay_text():
    articles = parse_page(column_page([["营前村的新变化"], textwrap.wrap(_TEXT, _W), ["乡亲们的致富路越走越宽"],
                                       ["□本报记者 林小禾"], textwrap.wrap(_TEXT, _W)], apart=True))
    assert [a.kicker for a in articles] == [None, None]
    assert [a.title for a in articles] == ["营前村的新变化", "乡亲们的致富路越走越宽"]
