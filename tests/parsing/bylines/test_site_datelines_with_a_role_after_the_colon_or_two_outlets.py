"""Two site datelines: a site's name and the place before `消息`, then the reporter's role and name in brackets closed
by a colon (`某某在线某省消息(记者 张三):…`); and a site's and its app's names joined by a list comma before the place
and the date (`某某网、某某网客户端某地5月9日讯(某某网记者张三 通讯员李四)…`). Both name the article's writers and
open its text. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_LEAD = "近日,青石县柳河镇的梨园里,梨农们忙着套袋,一片忙碌的样子。"
_LAST = "“今年的梨长得匀,价钱也比去年高。”梨农孙大成说。"


def test_site_report_with_role_and_colon():
    (article,) = parse_page(page("柳河镇梨园套袋忙", "青湖在线东省消息(记者 周明远):" + _LEAD, _LAST))
    assert article.authors == ["周明远"]
    assert article.body.startswith("近日,青石县")


def test_site_and_its_app_joined_by_a_list_comma():
    dateline = "青湖网、青湖网客户端东城5月9日讯(青湖网记者周明远 通讯员吴小平 郑秀兰)"
    (article,) = parse_page(page("柳河镇梨园套袋忙", dateline + _LEAD, _LAST))
    assert article.authors == ["周明远", "吴小平", "郑秀兰"]
    assert article.body.startswith("近日,青石县")
