"""An unfinished line a little too long for a headline, standing over another item's headline and byline, may be
that headline's kicker; but one telling the hour an event began (`10时许,…一行,在…陪同下`) is a report's sentence the
column broke off, never a kicker: it stays with the article above. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.shapes import tells_the_hour
from tests.helpers import by_title, page

_CUT = "10时许,县民政局党委委员、老龄办主任林小禾一行,在白沙镇老干部党支部书记王青、村党支部书记周舟陪同下"


def test_the_hour_line_stays_with_the_article_above():
    articles = parse_page(page(
        "白沙村为百岁老人祝寿",
        "本报讯(记者 张三)9月15日上午,白沙村三组热闹非凡,亲戚邻里挤满了小院,村民们为百岁老人李秀英庆祝生日,"
        "她是村里健在的第三位百岁老人。",
        _CUT,
        "敬老月里暖意浓",
        "□ 李四",
        "重阳节前后,柳湾乡各村组织志愿者走访慰问高龄老人,送去米油和节日祝福,还为行动不便的老人打扫房间、"
        "理发修脚,老人们连声道谢。",
    ))
    assert by_title(articles, "敬老月里暖意浓").kicker is None
    assert _CUT in by_title(articles, "白沙村为百岁老人祝寿").body


def test_what_tells_the_hour():
    for line in ("10时许,县里来了客人", "上午9时30分,会议开始", "当天下午3时,队伍出发", "十时许,雨停了"):
        assert tells_the_hour(line), line
    for line in ("10月8日,白沙镇举行运动会", "整洁的街道、宽敞的停车场,让老街换了模样", "时代新风进万家,"):
        assert not tells_the_hour(line), line
