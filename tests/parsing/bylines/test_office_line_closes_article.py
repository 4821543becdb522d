"""A community office's name on the line after an article's text, maybe with a writer's name after it
(`某某社区居委会`, `某某街道办事处某某社区居委会 张三`), signs the article: it closes it, the name is its
writer's, and the line is neither a photo nor a headline of its own. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TEXT = "上周六,青松社区组织二十多位老人乘车游览新建的滨河公园,老人们一路上看到城市的新变化,连声称赞。"


def test_an_office_and_its_writer_after_the_text_are_the_articles_credit():
    (article,) = parse_page(page("青松社区老人游新城", _TEXT, "白沙区东门街道办事处青松社区居委会 李小红"))
    assert article.kind == "article"
    assert article.authors == ["李小红"]
    assert article.body.endswith("连声称赞。")


def test_an_office_alone_after_the_text_closes_the_article():
    (article,) = parse_page(page("青松社区老人游新城", _TEXT, "青松社区居委会"))
    assert (article.kind, article.authors) == ("article", [])
    assert article.body.endswith("连声称赞。")
