"""A line opening `图为…` (the picture shows), with no stop, between a headline and its text, over a supplied
credit on its own line (`本人供图`, `(受访者供图)`, naming no one): the picture's caption, as over `张三 摄`, not the
headline's subtitle. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TEXT = ("本报讯(记者 周明)“草场保住了,牛羊也多了,日子一年比一年有奔头。”说起这些年的变化,老支书笑得合不拢嘴。",
         "白音嘎查地处戈壁深处,二十多年来,嘎查党支部带着牧民退牧还草,又办起了合作社和牧家乐。")


def test_picture_line_over_supplied_credit_is_a_caption():
    text = page("戈壁深处的嘎查富起来了", "图为老支书在牧民家中讲政策\n本人供图", *_TEXT)
    article, picture = sorted(parse_page(text), key=lambda a: a.kind)
    assert article.title == "戈壁深处的嘎查富起来了"
    assert article.subtitle is None
    assert article.authors == ["周明"]
    assert article.body.endswith("又办起了合作社和牧家乐。")
    assert picture.kind == "photo"
    assert picture.body == "图为老支书在牧民家中讲政策"
    assert picture.authors == []


def test_picture_line_over_bracketed_credit_of_the_person_shown():
    text = page("戈壁深处的嘎查富起来了", "图为老支书在草场上查看牧草长势\n(受访者供图)", *_TEXT)
    article, picture = sorted(parse_page(text), key=lambda a: a.kind)
    assert article.subtitle is None
    assert picture.body == "图为老支书在草场上查看牧草长势"
