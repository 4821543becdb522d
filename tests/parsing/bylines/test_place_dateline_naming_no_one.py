"""A paragraph opening with a town's or county's name and `讯`, set apart by a space (`某某讯 近年来…`), opens a
report as `本报讯 …` does, naming no one: the spaced headline over it is that report's, not a section head of the
feature printed above. A word ending in `讯` (`喜讯`, `春节快讯`) is no such dateline. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_FEATURE = ("柳湾镇织密排查网 化解矛盾在前端",
            "柳湾镇立足矛盾纠纷发现在早的工作理念,由镇综治中心统筹牵头,联动辖区政法单位,整合各方排查力量。",
            "在日常排查工作中,镇综治中心广泛发动群众,建立治安巡逻、心理疏导队伍,协助村干部开展日常走访。")
_LEAD = "近年来,大岭旗扎实践行新时代“枫桥经验”,着力提升基层矛盾纠纷多元化解水平,因地制宜打造牧区调解服务室。"
_MORE = "大岭夏营地位于大岭旗南部,面积达2820平方公里。每年夏天,牧民们来到此处放牧牛羊。"


def test_a_place_and_xun_opening_the_text_under_a_headline_opens_a_report():
    feature, report = parse_page(page(*_FEATURE, "路边调解服务室 奏响草原和谐曲", "大岭图讯 " + _LEAD, _MORE))
    assert feature.body.endswith("协助村干部开展日常走访。")
    assert report.title == "路边调解服务室 奏响草原和谐曲" and report.authors == []
    assert report.body.startswith("近年来,大岭旗") and report.body.endswith("放牧牛羊。")


def test_a_word_ending_in_xun_opens_no_report():
    (feature,) = parse_page(page(*_FEATURE, "春节快讯 " + _LEAD, _MORE))
    assert "春节快讯" in feature.body
