"""A short call ending in `!` alone on the line over a title at the top of a block (`现场直击!`) is the title's kicker,
not an article of its own: no text is a bare call. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_BODY = "9月28日一早,青松镇卫生院的医生来到白沙村,为村里的老人量血压、做检查,一上午服务了八十多人。"


def test_a_short_call_over_a_title_is_its_kicker():
    [article] = parse_page(page("现场直击!", "青松镇卫生院义诊走进白沙村", _BODY))
    assert (article.kicker, article.title) == ("现场直击!", "青松镇卫生院义诊走进白沙村")
    assert article.body.startswith("9月28日")


def test_an_exclaimed_sentence_closing_a_text_stays_text():
    [article] = parse_page(page("青松镇卫生院义诊走进白沙村", _BODY + "大家都说:好!"))
    assert article.kicker is None and article.body.endswith("好!")
