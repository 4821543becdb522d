"""A column's word of two characters alone on the line over a title (`聚焦`, `关注`) is the title's kicker,
not a title with the real one as its subtitle. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TEXT = "入夏以来,青松社区每周五晚上在小广场办夜市,二十多个摊位卖小吃、修小家电,居民下楼就能逛。"


def test_a_two_character_column_word_over_a_title_is_its_kicker():
    (article,) = parse_page(page("聚焦", "乐享“慢生活” 共建“新社区”", _TEXT))
    assert (article.kicker, article.title, article.subtitle) == ("聚焦", "乐享“慢生活” 共建“新社区”", None)


def test_a_longer_title_over_its_subtitle_stays_the_title():
    (article,) = parse_page(page("青松社区的夜市开张了", "二十多个摊位每周五晚上迎客", _TEXT))
    assert (article.kicker, article.title) == (None, "青松社区的夜市开张了")
