"""A picture's credit naming one person as its giver, alone in brackets under a caption (`(张三供图)`): the caption and
the credit are a photo, its giver named, not a last paragraph of the article above; an office's `(某某镇供图)` names
no one. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TEXT = ("近日,青石县柳河镇的梨园里,梨农们忙着套袋,一片忙碌的样子。",
         "“今年的梨长得匀,价钱也比去年高。”梨农孙大成说。")


def test_marked_caption_over_a_persons_supplied_credit():
    text = page("柳河镇梨园套袋忙", *_TEXT) + "\n\n\n▲柳河镇的梨园一片丰收模样\n(钱小林供图)\n"
    article, photo = parse_page(text)
    assert article.body.endswith("梨农孙大成说。")
    assert photo.kind == "photo" and photo.authors == ["钱小林"]
    assert photo.body == "▲柳河镇的梨园一片丰收模样"


def test_caption_sentence_over_a_persons_supplied_credit():
    text = page("柳河镇梨园套袋忙", *_TEXT) + "\n\n\n梨农在园里给梨子套袋。\n(钱小林供图)\n"
    article, photo = parse_page(text)
    assert "套袋。" not in article.body[-12:]
    assert photo.kind == "photo" and photo.authors == ["钱小林"]


def test_an_offices_supplied_credit_names_no_one():
    from app.parsing.photos.person_givers import giver_names
    assert giver_names("(柳河镇供图)", "(柳河镇供图)") is None
    assert giver_names("(钱小林供图)", "(钱小林供图)") == ["钱小林"]
