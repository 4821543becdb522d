"""A short line ending in a list of three or more left open by `等` (`在青松苑、白沙花园、南湖小区等`) is the
start of a sentence the column broke, never a headline: a title lists in fewer words and does not trail
off into what follows. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.lines import read_items
from app.parsing.kinds import Kind
from tests.helpers import by_title, page

_TITLE = "小区换新颜 居民笑开颜"
_PIECE = "在青松苑、白沙花园、南湖小区等"
_REST = "小区,“垃圾不落地,小区更美丽”等宣传牌随处可见,楼道里的杂物也清理一空。"


def test_the_list_left_open_is_text():
    [item] = [i for i in read_items(page(_PIECE))[0] if i.printed.strip()]
    assert item.kind is Kind.PARAGRAPH


def test_the_title_keeps_its_place_over_the_broken_lead():
    articles = parse_page(page(_TITLE, _PIECE, _REST, "小区物业还组织居民开展了清洁家园活动,四十多位居民参加。"))
    article = by_title(articles, _TITLE)
    assert article.kicker is None and article.body.startswith("在青松苑、白沙花园、南湖小区等小区,")


def test_a_short_list_title_is_still_a_title():
    [item] = [i for i in read_items(page("青松苑、白沙花园喜获表彰"))[0] if i.printed.strip()]
    assert item.kind is Kind.HEADLINE
