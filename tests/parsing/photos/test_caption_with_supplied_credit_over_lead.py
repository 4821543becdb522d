"""A one-sentence line closed by a supplied picture credit in brackets (`…开幕。(受访者供图)`), printed
between a headline and its text, is the caption of a photo: a lead names no picture's supplier. The
article keeps its headline and starts with the text under the caption. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_CAPTION = "近日,青川市第三届邻里文化节开幕。(受访者供图)"
_LEAD = "9月1日是青川市的邻里日。昨日记者从市文明办获悉,全市已有两百多个社区报名参加今年的邻里文化节。"
_MORE = "各社区准备的节目五花八门,有老人合唱团,也有孩子们的皮影戏。"


def test_a_caption_with_a_supplied_credit_between_headline_and_text_is_a_photo():
    articles = parse_page(page("青川两百多个社区共度邻里节", _CAPTION, _LEAD, _MORE))
    article = by_title(articles, "青川两百多个社区共度邻里节")
    assert article.kind == "article" and article.body.startswith("9月1日是青川市的邻里日")
    [photo] = [a for a in articles if a.kind == "photo"]
    assert photo.body.startswith("近日,青川市第三届邻里文化节开幕。") and "受访者供图" not in photo.body
