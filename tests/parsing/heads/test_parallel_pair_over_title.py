"""Two spaced phrases of one length ending on the same word (`从前看天种地  如今看屏种地`) over a title naming
who did what: a pair set against each other is a slogan, the kicker, however long its halves; a title's halves
say two things that happened. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_PAIR = "从前看天种地  如今看屏种地"
_TITLE = "王小川带领村民种药材日子越过越红火"
_TEXT = "本报讯(记者 林小禾)9月,白沙村的药材地里一片繁忙。村党支部书记王小川一边查看长势,一边给村民算收入账。"


def test_parallel_pair_ending_alike_is_the_kicker():
    [article] = parse_page(page(_PAIR, _TITLE, _TEXT))
    assert (article.kicker, article.title) == (_PAIR, _TITLE)


def test_halves_ending_differently_stay_the_title():
    [article] = parse_page(page("药材种出好日子  村里笑声天天多", _TITLE, _TEXT))
    assert (article.kicker, article.title) == (None, "药材种出好日子  村里笑声天天多")
