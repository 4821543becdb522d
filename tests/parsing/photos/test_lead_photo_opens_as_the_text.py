"""`… 摄` under an article's one undated lead: the lead stays the article's when the text below opens as the lead
does, on a place set before a comma (`在柳湾县白沙镇,…` over `在青松区东岭镇,…`): parallel parts of one piece, where
a photo's caption names its scene and stops. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import every_line_apart, page

_TITLE = "百年古村换新颜"
_LEAD = "在柳湾县白沙镇,百年老街重新热闹起来。短短一年多,营前村从“空心村”变成了“网红村”。"
_BELOW = "在青松区东岭镇,三条老街的石板路铺好了,沿街的木门窗一律按老样子修补,开起了茶馆和书店。"


def test_text_opening_as_the_lead_goes_on_from_it():
    articles = parse_page(page(_TITLE, _LEAD + "\n林小禾 摄", _BELOW,
                               "“老房子修好了,年轻人也愿意回来了。”村民王青说。"))
    assert [(a.kind, a.title) for a in articles] == [("article", _TITLE)]
    assert articles[0].body.startswith("在柳湾县白沙镇") and "在青松区东岭镇" in articles[0].body


def test_text_opening_on_no_place_leaves_the_caption_alone():
    below = "在大家的帮助下,营前村的老井、石桥都修好了,周末来的人越来越多。"
    articles = parse_page(page(_TITLE, _LEAD + "\n林小禾 摄", below))
    assert articles[0].kind == "photo"


def test_every_line_apart_too():
    articles = parse_page(every_line_apart(_TITLE, _LEAD, "林小禾 摄", _BELOW, width=20))
    assert [(a.kind, a.title) for a in articles] == [("article", _TITLE)]
