"""Text taken from a narrow column, every line apart, where a wrap left the quotation mark that closes a
quotation at the head of a line, before a comma (`",只要一按,住`): the line goes on the sentence above,
it is no headline of an article of its own. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import column_page

_LINES = ["柳岸社区为独居老人装上“平安铃”",
          "柳岸镇青松社区近日为辖区内四十多户空巢、独居老人安装了\"平安铃\"",
          ",助力居家养老,也让结对帮扶更加精准。",
          "鲁秀英老人今年82岁,一直独居。前段时间,社区上门给她安装了一个\"平安铃",
          "\",只要一按,住",
          "在同一栋楼的结对志愿者林小川就会第一时间赶到。",
          "青松社区居民林小川:“我把它挂在床头,半夜响了也能听见,一听到就",
          "下楼。”青松社区居民鲁秀英:“装上以后,我一个人在家心里踏实多",
          "了。”",
          "在青松社区,有四十多户老人装上了这样的\"平安铃\"。社区工作人员结合",
          "老人情况,在附近寻找合适的志愿者结对。遇到困难或突发状况,老人只",
          "要一按铃,志愿者就会尽快上门帮忙。"]


def test_a_line_opening_with_a_closing_quote_before_a_comma_runs_on():
    articles = parse_page(column_page([[line] for line in _LINES], apart=True))
    assert [a.title for a in articles] == ["柳岸社区为独居老人装上“平安铃”"]
    assert "只要一按,住在同一栋楼" in articles[0].body
