"""Of two headline lines, a long one telling after its colon what the paper does (`某某报推出连线:…`) over a plain
line half its length or shorter: the long line is the kicker, the short one the title. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_KICKER = "青石日报推出京乡连线:人大代表在京与家乡村民“面对面”共话乡村振兴"
_TITLE = "我们会把家乡建设得更美"
_LEAD = "时隔一年,人大代表李金水仍清楚记得在会上发言的情景,他把村里的变化一件件讲给大家听。"
_MORE = "今年,河湾村的乡亲们通过连线直播和他“面对面”,问起了农产品的销路和村里的学校。"


def test_a_long_colon_line_over_a_short_title_is_its_kicker():
    (article,) = parse_page(page(_KICKER, _TITLE, "作者:王小明 李大力", _LEAD, _MORE))
    assert article.kicker == _KICKER and article.title == _TITLE and article.subtitle is None
    assert article.authors == ["王小明", "李大力"]


def test_a_colon_title_over_a_longer_subtitle_stays_the_title():
    subtitle = "河湾村人大代表在京与家乡村民连线,乡亲们问起了农产品销路和村里的学校"
    (article,) = parse_page(page("河湾村:连线北京", subtitle, _LEAD, _MORE))
    assert article.title == "河湾村:连线北京" and article.kicker is None
