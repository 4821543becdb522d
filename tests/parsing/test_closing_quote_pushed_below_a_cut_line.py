"""Every line apart, where the wrap pushed the mark closing a quotation onto the next line (column-wide lines
`“每天早上先看水位,…遇上了就上前劝。` over `”某某说,…`): the lines are one piece of text, the quotation's sentence
closed on the line below; the line below does not open a text of its own nor go on some other article broken off
further up. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import column_page, wrapped

_BROKEN = "柳湾村今年办起了一所夜校,每周三晚上请农技员来讲课,第一期报名的有4"
_REST = "十多位村民,大多是在家种菜的妇女。"
_QUOTED = ("“每天早上先看水位,再沿着岸边走一圈,看看有没有人往河里倒垃圾,遇上了就上前劝。”"
           "某某说,她当村级河长已经三年了,巡河的路线闭着眼都能走。")
_LAST = "回到村委会,她把当天看到的情况一条条记进本子,遇到解决不了的就报给镇里。"
_LEAD = "柳湾村坐落在两座山之间,村里住着好几个民族的人家,逢年过节总要聚在一起热闹一番。"
_OTHER_LEAD = "从大岭桥到柳湾桥这段河,某某已经走了五年,哪里有个坑她都记得。"


def test_a_closing_quote_pushed_below_a_cut_line_closes_that_lines_sentence():
    assert wrapped(_QUOTED)[1].endswith("。") and wrapped(_QUOTED)[2].startswith("”")
    page = column_page([["柳湾村办起了夜校"], wrapped(_LEAD), wrapped(_BROKEN), ["大岭:河长们的巡河日记"],
                        ["本报记者 王小明"], wrapped(_OTHER_LEAD), wrapped(_QUOTED), wrapped(_LAST), wrapped(_REST)],
                       apart=True)
    first, second = parse_page(page)[:2]
    assert "倒垃圾" not in first.body and "某某说" not in first.body
    assert second.authors == ["王小明"] and "遇上了就上前劝。”某某说," in second.body
