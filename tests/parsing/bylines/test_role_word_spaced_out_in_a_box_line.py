"""A box byline's second line with its role word spaced out letter by letter to the width of the line above it
(`通 讯 员 张三 李四` under `■本报记者 王五 赵六`): the spaced word is the role, the names are the article's writers
too, and the line is no text. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TEXT = ("近日,青石县柳河镇的梨园里,梨农们忙着套袋,一片忙碌的样子。",
         "“今年的梨长得匀,价钱也比去年高。”梨农孙大成说。")


def test_spaced_correspondent_under_the_box():
    (article,) = parse_page(page("柳河镇梨园套袋忙", "■融媒体记者 周明远 吴小平\n通 讯 员 郑秀兰 钱 林", *_TEXT))
    assert article.authors == ["周明远", "吴小平", "郑秀兰", "钱林"]
    assert article.body.startswith("近日,青石县")


def test_spaced_role_on_a_line_of_its_own():
    (article,) = parse_page(page("柳河镇梨园套袋忙", "实 习 生 郑秀兰", *_TEXT))
    assert article.subtitle is None
    assert article.authors == ["郑秀兰"]
