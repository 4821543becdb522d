"""A paper's special page named alone over a title (`某某农村报专版`) is the title's kicker: a title says what
happened, never which paper's page it fills. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TEXT = ("白沙镇今年种了八万亩水稻,镇里的米厂从去年起统一收购、统一包装,打出了自己的牌子。米厂负责人说,订单"
         "已经排到了年底,村民种稻的心更定了。")


def test_the_special_page_is_the_kicker():
    [article] = parse_page(page("白沙农村报专版", "白沙稻米有了好名声", "□本报记者 林小禾", _TEXT))
    assert (article.kicker, article.title) == ("白沙农村报专版", "白沙稻米有了好名声")


def test_a_title_naming_a_paper_stays_the_title():
    [article] = parse_page(page("白沙农村报创刊十周年", "□本报记者 林小禾", _TEXT))
    assert (article.kicker, article.title) == (None, "白沙农村报创刊十周年")
