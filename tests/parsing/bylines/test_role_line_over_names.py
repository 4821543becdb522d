"""`文、图` on a line of its own after an article's last paragraph, then a line of names: one closing credit
the column broke in two — the names are the article's writers, and the text after it is no section of that
article. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_TEXT = ("近日,青松社区召开议事会,二十多位居民代表到会,围绕楼道里的几件难事商量解决办法。",
         "会上定下了三件事,社区答应一个月之内办好,下个月再开会看看成效。")


def test_a_role_line_over_names_credits_the_article_above():
    articles = parse_page(page("青松社区议事会", *_TEXT, "文、图", "林小川 王大成 赵小红",
                               "白沙村修好了老戏台", "戏台是村里七十年前搭起的,这回修缮用了两个月,村民们都说好。"))
    article = by_title(articles, "青松社区议事会")
    assert article.authors == ["林小川", "王大成", "赵小红"] and article.body.endswith("再开会看看成效。")
    assert by_title(articles, "白沙村修好了老戏台").body.startswith("戏台是村里")
