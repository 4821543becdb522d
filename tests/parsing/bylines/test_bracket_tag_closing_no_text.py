"""A column's tag in square brackets whose two words a middle dot joins (`【乡村·新聚焦】`) reads like a credit of a
transliterated name; at the page's top, over a title, it closes no text and is the title's kicker. Under finished
text the same line closes that text, as a credit would. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TEXT = ("白沙镇营前村把闲置的老粮站改成了村史馆和阅览室,周末常有附近的孩子来看书,村里的老人也爱来坐坐,"
         "讲讲当年交公粮的故事。")


def test_the_tag_at_the_page_top_is_the_kicker():
    [article] = parse_page(page("【乡村·新视角】", "老粮站变身村史馆", "□ 本报记者 林小禾", _TEXT))
    assert (article.kicker, article.title) == ("【乡村·新视角】", "老粮站变身村史馆")
    assert article.authors == ["林小禾"]


def test_under_finished_text_it_stays_that_texts_line():
    articles = parse_page(page("营前村的新变化", _TEXT, "【阿依·买买提】", "老粮站变身村史馆", "□ 本报记者 林小禾",
                               _TEXT))
    assert [a.kicker for a in articles] == [None, None]
