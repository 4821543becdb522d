"""A paragraph of a running article ending on a dash (`…当数它的“金字招牌”——`) that quotes a word its own headline or
text prints leads into the head under it: the paragraph is the article's text, ended by the dash, and the head is the
part it announces (not a kicker over a new item's title). Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import every_line_apart, page

_TITLE = "青松县:山区小城的“金字招牌”"
_LEAD = ("10月5日,青松县城的河边杨柳依依,游人三三两两,在步道上散步拍照。",
         "青松县地处山区,过去交通不便,如今已是远近闻名的旅游小城。",
         "让这座小城走出大山、走向全国的,当数它端出来的“金字招牌”——")
_HEAD = "高山茶叶撑起小城“致富梦”"
_PART = "10月6日,在县茶叶办公室,工作人员向我们介绍了全县茶园的分布和来年的规划情况。"


def test_the_dashed_paragraph_leads_into_its_part():
    articles = parse_page(page(_TITLE, *_LEAD, _HEAD, _PART))
    assert len(articles) == 1
    article = articles[0]
    assert article.title == _TITLE and article.kicker is None
    assert article.sections == [_HEAD]
    assert article.body.endswith("规划情况。") and "“金字招牌”——" in article.body


def test_every_line_apart_too():
    articles = parse_page(every_line_apart(_TITLE, *_LEAD, _HEAD, _PART))
    assert [a.title for a in articles] == [_TITLE]
    assert "规划情况。" in articles[0].body



def test_a_sentence_listing_with_its_pause_marks():
    lead = (*_LEAD[:2], "让这座小城焕发生机、走出大山、走向全国的当数它端出来的“金字招牌”——")
    articles = parse_page(page(_TITLE, *lead, _HEAD, _PART))
    assert [a.title for a in articles] == [_TITLE] and articles[0].sections == [_HEAD]
