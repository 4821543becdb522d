"""A slogan of spaced phrases (`奋斗70年 追梦新征程`) over one shorter phrase is that title's kicker: a
subtitle tells more than its title, a kicker's slogan only sets the tone. Over a longer line that tells
more, the spaced line stays the title. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TEXT = "多年前,青松村的村民进一趟城要走大半天,如今公路修到了家门口,半小时就能到县城。"


def test_a_spaced_slogan_over_a_shorter_title_is_its_kicker():
    (article,) = parse_page(page("奋斗70年 追梦新征程", "山里人出门不再难", _TEXT))
    assert (article.kicker, article.title, article.subtitle) == ("奋斗70年 追梦新征程", "山里人出门不再难", None)


def test_a_spaced_title_over_a_longer_line_keeps_it_as_its_subtitle():
    (article,) = parse_page(page("瓜果大丰收 果农笑开颜", "今年每亩瓜果的收入超过了一万元", _TEXT))
    assert (article.kicker, article.title) == (None, "瓜果大丰收 果农笑开颜")
    assert article.subtitle == "今年每亩瓜果的收入超过了一万元"
