"""A paragraph opening with a town's or county's name and `讯`, set apart by a space (`某某讯 近年来…`), opens a
report as `本报讯 …` does, naming no one: the spaced headline over it is that report's, not a section head of the
feature printed above. A word ending in `讯` (`喜讯`, `春节快讯`) is no such dateline. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_FEATURE = ("柳湾镇织密排查网 化解矛盾在前端",
            "柳湾镇每个村都配了两名网格员,每天傍晚沿着村道走一圈,看看谁家有难处。",
            "上个月,网格员发现两户人家为了一条排水沟起了争执,当晚就请来老党员坐下来商量。")
_LEAD = "近年来,大岭旗在夏季牧场旁的公路边设了一间调解小屋,牧民之间有了纠纷,骑马就能过来说理。"
_MORE = "小屋里常驻两名调解员,今年已经帮牧民们理清了三十多桩草场边界的旧账。"


def test_a_place_and_xun_opening_the_text_under_a_headline_opens_a_report():
    feature, report = parse_page(page(*_FEATURE, "牧场边上 有间调解小屋", "大岭图讯 " + _LEAD, _MORE))
    assert feature.body.endswith("坐下来商量。")
    assert report.title == "牧场边上 有间调解小屋" and report.authors == []
    assert report.body.startswith("近年来,大岭旗") and report.body.endswith("旧账。")


def test_a_word_ending_in_xun_opens_no_report():
    (feature,) = parse_page(page(*_FEATURE, "春节快讯 " + _LEAD, _MORE))
    assert "春节快讯" in feature.body
