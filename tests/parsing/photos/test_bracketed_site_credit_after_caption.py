"""A caption between a headline and its text closed by a bracketed credit right after its full stop, the
site's name before its photographer (`…座谈。(某某网 张三 摄)`): the line is the photo's caption and the
photographer its author, the site no one. A bracketed aside that names no one stays text. Every snippet is
invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_LEAD = "青松网6月2日柳岸讯 (记者 鲁晓岚)6月1日,柳岸镇邀请周边五个社区的主任来到镇文化站,交流社区服务的做法。"
_MORE = "与会者参观了社区的老年食堂和儿童之家,并就如何组织志愿者服务交换了意见,气氛十分热烈。"


def test_a_bracketed_site_credit_after_the_full_stop_makes_the_line_a_caption():
    articles = parse_page(page("五社区主任相聚柳岸 交流服务经验",
                               "柳岸镇文化站里,五个社区的主任围坐座谈。(青松网 鲁晓岚 摄)", _LEAD, _MORE))
    article = by_title(articles, "五社区主任相聚柳岸 交流服务经验")
    assert article.body.startswith("6月1日") and "围坐座谈" not in article.body
    (photo,) = [a for a in articles if a.kind == "photo"]
    assert photo.body == "柳岸镇文化站里,五个社区的主任围坐座谈。" and photo.authors == ["鲁晓岚"]


def test_a_bracketed_aside_after_a_sentence_stays_text():
    articles = parse_page(page("柳岸镇老街修缮完工", "柳岸镇老街修缮工程近日完工,青石板路重新铺设。(图为修缮后的老街)",
                               _MORE))
    assert [a.kind for a in articles] == ["article"]
