"""A plain phrase head (no mark, no place named) after a plain section head of about its length, over text that sets
its scene somewhere the feature has not named yet (`在青石新村住着另一位老党员…`): the next part of the feature,
each part about one of its people, not an item of its own. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.heads.scene_leads import of_a_sections_form
from tests.helpers import page


class _Part:
    def __init__(self, folded: str, section: bool = True):
        self.folded, self.section = folded, section


def test_a_plain_head_of_about_the_length_of_a_plain_section_head():
    parts = [_Part("八旬老人当起平安哨兵"), _Part("一段正文。", section=False)]
    assert of_a_sections_form("推着轮椅出门巡逻", parts)
    assert not of_a_sections_form("推着轮椅出门巡逻", [_Part("巡逻")])
    assert not of_a_sections_form("推着轮椅,出门巡逻", parts)


def test_the_second_head_stays_in_the_feature():
    articles = parse_page(page(
        "老党员巡逻队守护小区平安",
        "“大爷,楼道里别堆杂物啦!”走进小区,常能看到这支手持小喇叭、佩戴红袖套的队伍,他们就是社区的老党员巡逻队。",
        "八旬老人当起平安哨兵",
        "2010年,社区组建巡逻队,老党员王青第一个报名,风雨无阻,一坚持就是十年,如今队伍已有三十名党员。",
        "推着轮椅出门巡逻",
        "在青石新村住着另一位老党员林小禾。老伴卧病在床,他就推着老伴的轮椅,在小区里一圈圈地巡逻。"))
    assert [a.title for a in articles] == ["老党员巡逻队守护小区平安"]
    assert articles[0].sections == ["八旬老人当起平安哨兵", "推着轮椅出门巡逻"]
