"""Under a headline announcing an account of a visit (`…采访纪实`, `…见闻`), a head naming a place or a spot before a
colon (`白沙:…`, then `青石岭:…`) is the visit's next stop, a section; elsewhere such a head titles a news item of its
own. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import every_line_apart, page

_LEAD = "清晨的柳湾县,远处山岭起伏,近处河谷平展。7月1日上午,参加采风活动的记者来到柳湾县进行实地参观采访。"
_HEAD_ONE = "白沙:荒坡变成茶园"
_PART_ONE = "“柳湾好茶出白沙”。在介绍白沙镇茶产业时,当地干部们喜上眉梢。记者走进茶园,只见一行行茶树沿着山坡铺开。"
_HEAD_TWO = "青石岭:治沙人造出的景区"
_PART_TWO = "“不上青石岭,不算到柳湾”!青石岭从上世纪五十年代开始治沙,如今已经成为柳湾县有名的景区。"


def test_the_stops_of_a_visit_are_sections():
    [article] = parse_page(page("山里的绿洲", "——媒体柳湾行采访纪实", _LEAD, _HEAD_ONE, _PART_ONE, _HEAD_TWO, _PART_TWO))
    assert article.sections == [_HEAD_ONE, _HEAD_TWO] and article.body.endswith("有名的景区。")


def test_without_an_account_of_a_visit_a_place_head_titles_an_item():
    articles = parse_page(page("山里的绿洲", "——柳湾县生态建设综述", _LEAD, _HEAD_ONE, _PART_ONE))
    assert [a.title for a in articles] == ["山里的绿洲", _HEAD_ONE]


def test_every_line_apart_a_stop_on_two_lines_is_one_section():
    text = every_line_apart("山里的绿洲", "——媒体柳湾行采访纪实", _LEAD, _HEAD_ONE, _PART_ONE, "青石岭:", "治沙人造出的景区",
                            _PART_TWO)
    [article] = parse_page(text)
    assert article.sections == [_HEAD_ONE, "青石岭: 治沙人造出的景区"] and article.body.endswith("有名的景区。")
