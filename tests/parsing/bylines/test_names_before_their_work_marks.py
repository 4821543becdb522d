"""A byline line naming each worker before the mark of the work (`张三/图 李四/文`) under a title: the
names are the article's authors, and the line is neither a subtitle nor part of the headline. Every snippet
is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_names_before_their_work_marks_are_the_byline():
    articles = parse_page(page("一村一品", "白沙村:荷塘边的新民宿", "卢晓峰/图 林小川/文",
                               "白沙村位于青松镇东部,村里二百多亩荷塘连成一片,每到夏天都有不少游客前来赏荷。",
                               "近两年,村里把闲置的老屋改成民宿,去年接待游客一万多人次。"))
    assert len(articles) == 1
    article = articles[0]
    assert article.title == "白沙村:荷塘边的新民宿" and article.kicker == "一村一品"
    assert article.subtitle is None and article.authors == ["卢晓峰", "林小川"]
    assert article.body.startswith("白沙村位于")
