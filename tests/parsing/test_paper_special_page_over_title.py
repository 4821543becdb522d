"""A paper's special page named alone over a title (`某某农村报专版`) is the title's kicker: a title says what
happened, never which paper's page it fills. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TEXT = ("人间最美四月天。春日绵绵细雨中,站在白沙镇东大桥放眼望去,山环水绕的小城显得格外清爽,桥下欢流的河水却并不"
         "浑浊,不远处泛着绿意的青山烟云缥缈,把城郭衬托得宛如一幅水墨画。")


def test_the_special_page_is_the_kicker():
    [article] = parse_page(page("白沙农村报专版", "雨润白沙话振兴", "□本报记者 林小禾", _TEXT))
    assert (article.kicker, article.title) == ("白沙农村报专版", "雨润白沙话振兴")


def test_a_title_naming_a_paper_stays_the_title():
    [article] = parse_page(page("白沙农村报创刊十周年", "□本报记者 林小禾", _TEXT))
    assert (article.kicker, article.title) == (None, "白沙农村报创刊十周年")
