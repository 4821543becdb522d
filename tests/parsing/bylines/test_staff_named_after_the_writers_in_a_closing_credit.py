"""A closing credit in brackets naming the writers after their mark, then the page's editor (`……。(文 张三 李四 编辑
王五)`): the writers are the article's authors, the editor is none, and the whole bracket leaves the text. Every
snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_LEAD = "近日,青石县柳河镇的梨园里,梨农们忙着套袋,一片忙碌的样子。"
_LAST = "“今年的梨长得匀,价钱也比去年高。”梨农孙大成说。"


def test_writers_then_editor():
    (article,) = parse_page(page("柳河镇梨园套袋忙", _LEAD, _LAST + "(文 周明远 吴小平 编辑 郑秀兰)"))
    assert article.authors == ["周明远", "吴小平"]
    assert article.body.endswith("梨农孙大成说。")


def test_writer_then_responsible_editor():
    (article,) = parse_page(page("柳河镇梨园套袋忙", _LEAD, _LAST + "(文 周明远 责任编辑 郑秀兰)"))
    assert article.authors == ["周明远"]
    assert article.body.endswith("梨农孙大成说。")


def test_writers_alone_unchanged():
    (article,) = parse_page(page("柳河镇梨园套袋忙", _LEAD, _LAST + "(文 周明远 吴小平)"))
    assert article.authors == ["周明远", "吴小平"]
