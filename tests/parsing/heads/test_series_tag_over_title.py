"""A series' tag over a title (`【走进青松】系列报道之十二`, `“看白沙”系列之三`) is its kicker, a
bracketed column name with the instalment after it. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TEXT = "金秋时节,青松镇的万亩稻田里收割机来回穿梭,农户们趁着晴天抢收,确保颗粒归仓。"


def test_a_bracketed_series_tag_with_its_instalment_is_the_kicker():
    [article] = parse_page(page("【“走进青松”】系列报道之十二", "青松稻谷香", _TEXT))
    assert article.kicker == "【“走进青松”】系列报道之十二" and article.title == "青松稻谷香"


def test_an_unbracketed_series_tag_is_the_kicker_too():
    [article] = parse_page(page("“看青松”系列之三", "青松稻谷香", _TEXT))
    assert article.kicker == "“看青松”系列之三" and article.title == "青松稻谷香"
