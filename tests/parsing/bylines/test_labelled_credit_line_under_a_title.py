"""A line of labelled credits right under the title (`文字:张三 李四    图片:李四`) is the item's byline:
its writers and photographer are the authors, and the title stays the title (no kicker over a line of
credits). Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TITLE = "驻村工作队请青松村老人吃“长寿面”"
_TEXT = "10月3日,农历九月初九。驻青松村工作队在热心村民的帮助下,请村里八十多位老人吃上了长寿面。"
_MORE = "工作队队长说,村里的年轻人大多在外打工,留下不少独居老人,这样的活动要一直办下去。"


def test_labelled_writers_and_photographer_under_a_title():
    [article] = parse_page(page(_TITLE, "文字:林小川 王大成    图片:王大成", _TEXT, _MORE))
    assert article.title == _TITLE and article.kicker is None and article.subtitle is None
    assert article.authors == ["林小川", "王大成"]
    assert article.body.startswith("10月3日")


def test_a_sender_first_labelled_line_after_the_text_still_signs_it():
    # (every line apart: the sender's line, then its date on a line of its own)
    text = page(_TITLE, _TEXT, _MORE, "南湖街道 文字作者:林小川,图片作者:林小川,审核人:宋明月", "2024.9.12")
    [article] = parse_page(text)
    assert article.authors == ["林小川"] and article.body.endswith("一直办下去。")
