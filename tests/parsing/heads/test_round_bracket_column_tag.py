"""A column's tag in round brackets alone on the line over a title (`(新春走基层)`) is that title's
kicker, as the square-bracketed `【…】` tag is: the title below stays the title. A bracketed credit
or names alone are not a tag. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_BODY = "腊月二十,青松镇逢集,卖春联的、卖炒货的摆满了老街两旁,买东西的人挤得走不动路。"


def test_a_round_bracketed_tag_over_a_title_is_its_kicker():
    [article] = parse_page(page("(新春走基层)", "年货大集人气旺", _BODY, _BODY))
    assert article.kicker == "(新春走基层)"
    assert article.title == "年货大集人气旺"
    assert article.subtitle is None


def test_a_bracketed_reporters_line_is_not_a_tag():
    articles = parse_page(page("青松镇大集年味浓", _BODY, "(记者 林小川)", "白沙村举办农技培训", _BODY))
    assert [a.title for a in articles] == ["青松镇大集年味浓", "白沙村举办农技培训"]
    assert articles[1].kicker is None
