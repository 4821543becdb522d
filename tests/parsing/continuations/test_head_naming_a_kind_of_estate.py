"""A section head naming a kind of housing estate (`老旧小区`, `安置小区`, `大楼小区`) right under an article's lead,
over text about such estates in a place the lead's district holds, is the article's section: `老旧` or `大楼` before
`小区` says what kind of estate, it names no place the article above never named. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TITLE = "东湖社区凝聚“邻里情”"
_LEAD = ("“楼上的王阿姨搬去女儿家了,对门的李伯把房子租了出去。”如今老城里,不少居民搬进了新房,东湖区的几个社区,"
         "居民们想方设法办起各种活动,把“邻里情”找回来。")
_HEAD = "老大楼小区“点子”多"
_TEXT = "东湖区柳西路街道一带多是上世纪八十年代盖的老楼,楼里住的大多是退休的老人,年轻人搬走了不少。"
_MORE = "每月一次的“家常饭局”就是其中之一,老人们各带一道拿手菜,围坐一桌边吃边聊。"


def test_the_head_under_the_lead_stays_a_section():
    (article,) = parse_page(page(_TITLE, _LEAD, _HEAD, _TEXT, _MORE))
    assert article.title == _TITLE and article.sections == [_HEAD]
    assert article.paragraphs[-1] == _MORE
