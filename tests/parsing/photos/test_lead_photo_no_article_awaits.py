"""Headline, one dated sentence, `… 摄`, then text without a headline (`柳湾草莓正式开摘…` /
`3月17日,…开摘仪式正式启动。` / `林小禾 摄` / `…开摘现场所在的…`): when no article on the page waits for the rest a
column cut off, and the headline shares as many of its words with the text below as with the sentence over the credit, a
fair part with each, the text below is the headline's and the sentence its lead with the picture in it, not a titled
photo over a headless item. A short caption sharing more with the headline than the text below does stays a photo. Every
snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TITLE = "柳湾草莓正式开摘 “草莓之乡”进入“忙碌季”"
_LEAD = "3月17日,伴随着一声锣响,第十届柳湾草莓节开摘仪式正式启动。"
_BELOW = ["“一年到头,就盼着今天!”开摘现场所在的白沙镇千亩大棚旁,收购草莓的车辆排得老长,刚摘下的草莓很快被抢购一空。",
          "像这样的草莓大棚,柳湾今年有两万亩。从今天开始,全县数以万计的果农又进入了采摘的忙碌季。"]


def test_the_text_below_is_the_headlines():
    [article] = parse_page(page(_TITLE, _LEAD + "\n林小禾 摄", *_BELOW))
    assert (article.kind, article.title) == ("article", _TITLE)
    assert article.body.startswith("3月17日") and article.body.endswith("采摘的忙碌季。")


def test_a_caption_sharing_more_with_the_headline_stays_a_photo():
    caption = "3月17日,柳湾草莓节草莓开摘仪式在白沙镇启动,果农忙着采摘“草莓之乡”的草莓。"
    articles = parse_page(page(_TITLE, caption + "\n林小禾 摄", *_BELOW))
    assert articles[0].kind == "photo" and articles[0].title == _TITLE
