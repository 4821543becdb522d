"""A picture's note printed alone between paragraphs, telling what the reporter did where the picture stood
(`记者参观某某村`, `记者在现场采访村民`), is text of the report around it, not the headline of a new article: a
headline tells what a report is about, not the reporter's visit. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_LEAD = "柳湾讯(记者 王小明)一辆旧中巴沿着新修的村道慢慢开进大岭村,车上坐着二十多位来采风的年轻人。"
_MORE = "村道两边是一排排刷了白墙的农家小楼,门前的菜地收拾得整整齐齐。"
_LAST = "村里的老支书说,二十年前这里连一条像样的土路都没有,如今家家户户门口都装上了太阳能路灯。"


def test_a_note_of_the_reporter_at_work_stays_in_the_text():
    (article,) = parse_page(page("乘车看大岭村新貌", _LEAD, "记者参观大岭村展览厅", _MORE, _LAST))
    assert article.title == "乘车看大岭村新貌" and article.authors == ["王小明"]
    assert "记者参观大岭村展览厅" in article.body and article.body.endswith("太阳能路灯。")
