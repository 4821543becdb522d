"""A column's tag in square brackets printed under a title and over the byline (`【乡村新气象】`) belongs
to the headline group: it is the subtitle line, not a label opening the text. A bracketed label over
the text itself (`【人物名片】` over a name card) still opens the body. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_BODY = ("秋收时节,青松村的晒场上金黄一片,村民们忙着翻晒稻谷,脸上满是笑容。",
         "村党支部书记说,今年全村稻谷亩产比去年多了五十公斤,合作社已经联系好了收购商。")


def test_a_bracketed_tag_between_title_and_byline_is_the_subtitle():
    [article] = parse_page(page("晒场上的好光景", "【乡村新气象】", "本报记者 张明远", *_BODY))
    assert article.title == "晒场上的好光景"
    assert article.subtitle == "【乡村新气象】"
    assert article.body.startswith("秋收时节") and "【乡村新气象】" not in article.body
    assert article.authors == ["张明远"]


def test_a_bracketed_label_over_the_text_still_opens_the_body():
    [article] = parse_page(page("晒场上的好光景", "【人物名片】", *_BODY))
    assert article.title == "晒场上的好光景"
    assert article.subtitle is None
