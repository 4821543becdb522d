"""Under a title, a line of two or three writers' names listed with the list comma `、` (`张三、李四、王五`),
nothing else on it, is the article's byline, as the same names spaced apart are: not a subtitle. Every snippet is
invented."""

from app.parsing import parse_page
from tests.helpers import page

_TITLE = "南湾村的新变化"
_LEAD = "走进南湾村,新修的柏油路通到了每家每户门口,村民们的笑容也多了起来。"
_MORE = "村里还建起了文化礼堂,逢年过节都有演出,外出打工的年轻人也常回来看看。"


def test_three_names_listed_with_list_commas_are_the_writers():
    (article,) = parse_page(page(_TITLE, "韩雪梅、陆远、程小川", _LEAD, _MORE))
    assert article.title == _TITLE and article.subtitle is None
    assert article.authors == ["韩雪梅", "陆远", "程小川"]


def test_the_same_names_spaced_apart_still_are():
    (article,) = parse_page(page(_TITLE, "韩雪梅 陆远 程小川", _LEAD, _MORE))
    assert article.subtitle is None and article.authors == ["韩雪梅", "陆远", "程小川"]


def test_a_subtitle_listing_places_with_list_commas_stays_a_subtitle():
    (article,) = parse_page(page(_TITLE, "南湾、北岭、东坡三村联手修路", _LEAD, _MORE))
    assert article.subtitle == "南湾、北岭、东坡三村联手修路" and article.authors == []
