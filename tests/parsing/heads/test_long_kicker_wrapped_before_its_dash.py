"""A long kicker the column wrapped, the last of its lines ending in the dash that leads into the title right under
it (`记者在某某村住了一晚,…的打算` / `——` over `围炉夜话:…`), is that title's kicker, its lines printed together or
every line apart, even right after a sentence the column broke off: a sentence's rest never ends leading into a
headline with a dash. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import every_line_apart, page, wrapped

_KICKER = "记者在柳湾县白沙镇青松村住了一晚,听村里的老少爷们围着火盆商量来年的新打算——"
_LEAD = "今年春天,柳湾县白沙镇青松村与邻近的白石村合并,全村面积五平方公里,耕地三千多亩,常住人口两千余人。"
_FIRST = "青松村位于白沙镇东北面,全村五个村民组三百多户人家,这几年村里的老宅修缮一"
_REST = "新,游客越来越多,村集体的收入也翻了一番。"
_ITEM = ("围炉夜话:青松村的“背水一战”",
         "山脚下,小河边,夜色正浓。院坝里生着一盆炭火,村民们围着火盆坐了一圈,说起了村里的事。",
         "在青松村蹲点的工作队员王明说,村里的笋干卖不起价,得想个办法,大家有啥想法都可以敞开说。")


def test_wrapped_kicker_ending_in_its_dash_after_a_broken_sentence():
    text = page("青松村的新变化", *("\n".join(wrapped(p, 37)) for p in (_LEAD, _FIRST, _KICKER, *_ITEM, _REST)))
    first, item = parse_page(text)
    assert first.title == "青松村的新变化"
    assert "记者在柳湾县" not in first.body and first.body.endswith(_REST)
    assert item.kicker == _KICKER
    assert item.title == "围炉夜话:青松村的“背水一战”"
    assert item.body.startswith("山脚下,小河边")


def test_wrapped_kicker_every_line_apart_after_a_broken_sentence():
    text = every_line_apart("青松村的新变化", _LEAD, _FIRST, _KICKER, *_ITEM, _REST, width=37)
    first, item = parse_page(text)
    assert "记者在柳湾县" not in first.body and first.body.endswith(_REST)
    assert item.kicker == _KICKER
    assert item.title == "围炉夜话:青松村的“背水一战”"
