"""A reprint's outlet named after a dash, alone on the line under the text (`——某某网`), is a source line: it
closes the article above, naming nobody; it is no photo and no headline. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_TITLE = "柳岸镇:老戏台又响起锣鼓声"
_TEXT = ("重阳节前夕,柳岸镇的老戏台又热闹起来,镇上的业余剧团连演三场折子戏,台下坐满了附近村里的老人。",
         "老戏台建于上世纪五十年代,去年经过修缮,如今每逢节日都有演出。")


def test_the_outlet_after_a_dash_closes_the_article():
    articles = parse_page(page(_TITLE, *_TEXT, "——青松晚报网"))
    assert [a.title for a in articles] == [_TITLE]
    article = by_title(articles, _TITLE)
    assert article.authors == [] and article.body.endswith("都有演出。")


def test_the_outlet_after_a_dash_before_the_next_item():
    articles = parse_page(page(_TITLE, *_TEXT, "——青松晚报网", "白沙镇菊花展开幕",
                               "10月5日,白沙镇举办第三届菊花展,展出各类菊花三千余盆。"))
    assert [a.title for a in articles] == [_TITLE, "白沙镇菊花展开幕"]
    assert all(a.kind == "article" and a.kicker is None for a in articles)
