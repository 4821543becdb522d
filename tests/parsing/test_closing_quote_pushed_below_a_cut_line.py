"""Every line apart, where the wrap pushed the mark closing a quotation onto the next line (column-wide lines
`“主要是排查河面有无漂浮物,…捡拾垃圾。` over `”某某说,…`): the lines are one piece of text, the quotation's sentence
closed on the line below; the line below does not open a text of its own nor go on some other article broken off
further up. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import column_page, wrapped

_BROKEN = "柳湾村“两委”积极引导成立外来务工人员联合会,选出2"
_REST = "名少数民族代表参与村级事务管理和决策;在服务上,充分利用村委会场所为过往行人设立服务站。"
_QUOTED = ("“主要是排查河面有无漂浮物,查看水位,有时还需要花更多时间在岸边捡拾那些旧垃圾。”"
           "某某说,她成为一名村级河长,肩负起这段河道的巡查任务。")
_LAST = "打卡后,她坚持做好巡河日记,把发现的问题及时反馈给有关部门并配合处理,主要查看河水流量。"
_LEAD = "绵延数千里的山脉下,柳湾村坐落其间,这个村子里包含了多个民族,大家相处和睦。"
_OTHER_LEAD = "从大岭桥至柳湾桥总共1.6公里,5年来,这段路某某不知走过多少遍。"


def test_a_closing_quote_pushed_below_a_cut_line_closes_that_lines_sentence():
    assert wrapped(_QUOTED)[1].endswith("。") and wrapped(_QUOTED)[2].startswith("”")
    page = column_page([["柳湾村党建领航"], wrapped(_LEAD), wrapped(_BROKEN), ["大岭:六千名河长守护母亲河"],
                        ["本报记者 王小明"], wrapped(_OTHER_LEAD), wrapped(_QUOTED), wrapped(_LAST), wrapped(_REST)],
                       apart=True)
    first, second = parse_page(page)[:2]
    assert "捡拾那些旧垃圾" not in first.body and "某某说" not in first.body
    assert second.authors == ["王小明"] and "捡拾那些旧垃圾。”某某说," in second.body
