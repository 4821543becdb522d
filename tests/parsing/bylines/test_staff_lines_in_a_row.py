"""The page's staff printed line by line in brackets under an article (`(编辑:某某)`, `(审核:某某)`,
`(签发:某某)`) close it and name none of its writers; the title printed below them heads the next
article. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_COTTON = "今年,青松镇的棉花迎来丰收,棉农们趁着晴好天气在田里采摘,一派忙碌景象。"
_TARO = "金秋时节,白沙村种下的芋头喜获丰收,合作社按订单收购,村民们笑开了颜。"


def test_bracketed_staff_lines_close_the_article_above():
    articles = parse_page(page("青松镇棉花丰收", _COTTON, "(编辑:林 夏)\n(审核:周小川)\n(签发:吴 平)",
                               "芋头丰收 农民欢喜", _TARO))
    assert [a.title for a in articles] == ["青松镇棉花丰收", "芋头丰收 农民欢喜"]
    assert [a.authors for a in articles] == [[], []]
    assert "编辑" not in articles[0].body and articles[1].body.startswith("金秋时节")


def test_a_reporter_in_a_row_of_brackets_is_not_staff():
    articles = parse_page(page("青松镇棉花丰收", _COTTON, "(记者 林 夏)\n(编辑:周小川)"))
    assert articles[0].authors == ["林夏"]
