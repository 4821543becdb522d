"""`… 摄` under an article's one undated lead with more text below: the lead stays the article's (the photo
sits in it) when the text below points back at the lead's place (`目前,该县…`) or closes with a credit that
names the photographer too (one crew made both). Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TITLE = "柳湾:八月稻飘香 中稻收割忙"
_LEAD = "近日,柳湾县白沙镇营前村,农民驾驶收割机收割稻谷。"


def _one_article(*below: str) -> None:
    articles = parse_page(page(_TITLE, _LEAD + "\n林小禾摄", *below))
    assert len(articles) == 1 and articles[0].kind == "article", [a.title for a in articles]
    assert articles[0].title == _TITLE and articles[0].body.startswith("近日")


def test_text_pointing_back_at_the_leads_place_goes_on_from_it():
    _one_article("目前,该县二十余万亩中稻进入收获季,田间地头一派丰收景象。")
    _one_article("该镇今年种植中稻三万亩,预计亩产比去年提高一成。")


def test_a_closing_credit_naming_the_photographer_keeps_the_lead():
    _one_article("二十余万亩中稻进入收获季,农民忙着收获晾晒,田间地头一派丰收景象。(王青、林小禾)")
