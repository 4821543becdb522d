"""An end credit on a line of its own naming a paper's app before the reporters' role (`(某某日报客户端 通讯员 张三
李四)`): the app is the paper's outlet as the paper is, the names are the writers'; the line closes the article
above, never a photo's caption or a headline. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TEXT = ("清晨,青山县白水乡青山村的茶园里,茶农们忙着采茶,一派繁忙景象。",
         "“今年的茶叶卖得好,一天能挣两三百块钱。”茶农张大红说。")


def test_app_and_correspondents_close_the_article():
    (article,) = parse_page(page("青山村春茶开采", *_TEXT, "(江城日报客户端 通讯员 李小明 王大力)"))
    assert article.kind == "article"
    assert article.authors == ["李小明", "王大力"]
    assert article.body.endswith("茶农张大红说。")


def test_app_and_reporter_close_the_article():
    (article,) = parse_page(page("青山村春茶开采", *_TEXT, "(江城晚报客户端 记者 周明)"))
    assert article.authors == ["周明"]
    assert article.body.endswith("茶农张大红说。")
