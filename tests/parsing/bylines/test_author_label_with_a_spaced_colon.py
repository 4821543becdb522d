"""An author's field printed by a site's template with its colon set apart by spaces (`作者 : 张三`) under the headline:
the label and the name are the article's byline, as `作者:张三` is, never a subtitle. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TEXT = ("近日,青石县柳河镇的梨园里,梨农们忙着套袋,一片忙碌的样子。",
         "“今年的梨长得匀,价钱也比去年高。”梨农孙大成说。")


def test_spaced_colon_after_the_author_label():
    (article,) = parse_page(page("柳河镇梨园套袋忙", "作者 : 周明远", *_TEXT))
    assert article.subtitle is None
    assert article.authors == ["周明远"]
    assert article.body.startswith("近日,青石县")


def test_space_before_the_colon_only():
    (article,) = parse_page(page("柳河镇梨园套袋忙", "记者 :周明远 吴小平", *_TEXT))
    assert article.subtitle is None
    assert article.authors == ["周明远", "吴小平"]


def test_a_head_with_a_spaced_colon_is_no_byline():
    articles = parse_page(page("柳河镇 : 梨园套袋忙", *_TEXT))
    assert articles[0].authors == []
