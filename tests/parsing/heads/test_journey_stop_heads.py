"""Under a headline announcing an account of a visit (`…采访纪实`, `…见闻`), a head naming a place or a spot before a
colon (`白沙:…`, then `青石岭:…`) is the visit's next stop, a section; elsewhere such a head titles a news item of its
own. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import every_line_apart, page

_LEAD = "柳湾县山多水多。7月1日上午,采风团一行来到柳湾县,一路看,一路记,走了县里的几个乡镇。"
_HEAD_ONE = "白沙:荒坡变成茶园"
_PART_ONE = "白沙镇的茶园沿着山坡铺开,一垄一垄望不到头。镇里的干部说,全镇一半人家靠茶吃饭,茶价一年比一年好。"
_HEAD_TWO = "青石岭:风口上种出的林子"
_PART_TWO = "青石岭从前是县里风沙最大的地方,几代人在山上种树,如今这里已经成为柳湾县有名的景区。"


def test_the_stops_of_a_visit_are_sections():
    [article] = parse_page(page("山里的绿洲", "——媒体柳湾行采访纪实", _LEAD, _HEAD_ONE, _PART_ONE, _HEAD_TWO,
                                _PART_TWO))
    assert article.sections == [_HEAD_ONE, _HEAD_TWO] and article.body.endswith("有名的景区。")


def test_without_an_account_of_a_visit_a_place_head_titles_an_item():
    articles = parse_page(page("山里的绿洲", "——柳湾县生态建设综述", _LEAD, _HEAD_ONE, _PART_ONE))
    assert [a.title for a in articles] == ["山里的绿洲", _HEAD_ONE]


def test_every_line_apart_a_stop_on_two_lines_is_one_section():
    text = every_line_apart("山里的绿洲", "——媒体柳湾行采访纪实", _LEAD, _HEAD_ONE, _PART_ONE, "青石岭:",
                            "风口上种出的林子", _PART_TWO)
    [article] = parse_page(text)
    assert article.sections == [_HEAD_ONE, "青石岭: 风口上种出的林子"] and article.body.endswith("有名的景区。")
