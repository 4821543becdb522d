"""A kicker that lists what happened and trails off in dots (`搬进“新家”、吃上“寿面”……`), printed on its
own line right over a headline: no sentence is ended in it, so it is the headline's kicker, not a text
of its own. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, every_line_apart, page

_KICKER = "搬进“新家”、吃上“寿面”……"
_TITLE = "青松村老人过了个暖心重阳"
_DATED = "本报讯(通讯员 张三 记者 李四)重阳节前后,白沙镇各村为老人送去祝福和关爱,排舞跳起来,腰鼓打起来。"


def test_a_kicker_trailing_off_in_dots():
    [article] = parse_page(page(_KICKER, _TITLE, _DATED))
    assert (article.kicker, article.title, article.authors) == (_KICKER, _TITLE, ["张三", "李四"])


def test_the_same_with_every_line_apart():
    [article] = parse_page(every_line_apart(_KICKER, _TITLE, _DATED, width=30))
    assert article.kicker == _KICKER and article.title == _TITLE


def test_a_sentence_ending_in_dots_stays_text():
    text = "本报讯 白沙镇青松村的老人们说,日子越过越好了。大家盼着明年再聚……"
    articles = parse_page(page("青松村的老人", text, _TITLE, _DATED))
    assert by_title(articles, _TITLE).kicker is None
