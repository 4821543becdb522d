"""A short headline between two news items' texts, over a lead that dates its event `近日` or `日前` (after a
quotation, as leads often open) and sets it in a town the article above never names: the lead of a new
item, not a section of the one above, even when both are about the same service. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_ABOVE = ("青禾县柳湾乡营前村的老人进城剪头发不方便,村里请来两位手艺好的师傅,每月给老人们剪一回。",
          "剪头那天,师傅们把椅子摆在村部门口,腿脚不灵便的老人,他们就提着推子上门去剪。")
_LEAD = "“剪完头发,人都年轻了几岁!”近日,白沙镇的义工们带着推子和剪刀来到镇敬老院,给二十多位老人理了发。"
_MORE = "这两年,白沙镇的义工队常到各村转转,谁家老人要帮忙,打个电话他们就来。"


def test_a_recent_lead_set_in_another_town_opens_a_new_item():
    articles = parse_page(page("营前村请师傅给老人剪头", *_ABOVE, "剪个头发暖心窝", _LEAD, _MORE, "记者 苏晴"))
    assert [a.title for a in articles] == ["营前村请师傅给老人剪头", "剪个头发暖心窝"]
    assert by_title(articles, "剪个头发暖心窝").authors == ["苏晴"]
    assert by_title(articles, "营前村请师傅给老人剪头").authors == []


def test_a_recent_lead_in_a_town_the_article_names_stays_a_section():
    lead = "“剪完头发,人都年轻了几岁!”近日,营前村又请师傅到村部给老人们剪了一回头发,还量了血压。"
    articles = parse_page(page("营前村请师傅给老人剪头", *_ABOVE, "剪个头发暖心窝", lead, _MORE))
    assert [a.title for a in articles] == ["营前村请师傅给老人剪头"]
