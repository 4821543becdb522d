"""A byline naming an app, a hyphen and its paper before the roles (`新某某-某某日报 记者 张三 李四`) under the title:
both are outlets, no names; the writers are the names after the role. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_LEAD = "“盼了三年的便民菜场,总算在小区门口开张了。”日前,柳塘街道南湾社区的居民老王笑着说。"
_MORE = "菜场不到三百平方米,摆了四十多个摊位,周边几个小区的老人走几步路就能买到菜。"


def test_an_app_and_its_paper_joined_by_a_hyphen_are_no_writers():
    (article,) = parse_page(page("社区盼来一座便民菜场", "新青石-青石日报 记者 王小明 李大力", _LEAD, _MORE))
    assert article.title == "社区盼来一座便民菜场" and article.subtitle is None
    assert article.authors == ["王小明", "李大力"]
    assert article.body.startswith("“盼了三年")


def test_two_phrases_joined_by_a_hyphen_are_no_byline():
    (article,) = parse_page(page("社区盼来一座便民菜场", "好好学习-天天向上", _LEAD, _MORE))
    assert article.authors == []
