"""A one-sentence line telling people at work this moment (`梨农正在园里采摘新熟的梨子。`), printed between a
headline and its text with a photo's credit right under it, under the article's byline: the picture's caption, a
photo of its own, even where it shares the headline's words; the text under it is the article's. Every snippet is
invented."""

from app.parsing import parse_page
from tests.helpers import page

_BODY = ("近日,青石县柳河镇的梨园里,梨农们忙着套袋,一片忙碌的样子。",
         "“今年的梨长得匀,价钱也比去年高。”梨农孙大成说。",
         "据了解,柳河镇今年种梨两千多亩,比去年多收两成。")


def test_people_at_work_now_under_a_byline():
    text = page("柳河镇的梨子熟了", "青湖网记者 周明远", "梨农正在园里采摘新熟的梨子。\n青湖网记者 周明远摄", *_BODY)
    article, photo = parse_page(text)
    assert article.authors == ["周明远"]
    assert article.body.startswith("近日,青石县")
    assert photo.kind == "photo" and photo.body == "梨农正在园里采摘新熟的梨子。"


def test_a_lead_telling_the_news_stays_the_lead():
    from app.parsing.photos.picture_moments import picture_moment
    assert picture_moment("梨农正在园里采摘新熟的梨子。")
    assert not picture_moment("近日,青石县柳河镇的梨农正在采摘梨子,预计今年产量比去年多两成。")
