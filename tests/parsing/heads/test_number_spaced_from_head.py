"""A section head numbered with a figure spaced from its words (`2 土路铺成了水泥路`), printed first under a
title and its byline (the later part of a feature printed in instalments): a numbered head, the section
of the article over it, not the title of an article of its own; a count spaced from its noun
(`4 个村…`) is no number of a head. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.shapes import ORDINAL_HEAD
from tests.helpers import page


def test_a_spaced_number_head_first_under_a_byline():
    [article] = parse_page(page(
        "青松村支书修通回村路",
        "作者:张小明 李四",
        "2 土路铺成了水泥路方便群众出行",
        "那年,村支书带着村民修起了村里的第一条水泥路。",
        "3 山里果子卖出了好价钱",
        "路通了,村里的果子也能运出去了。"))
    assert (article.kind, article.title, article.authors) == ("article", "青松村支书修通回村路", ["张小明", "李四"])
    assert article.sections == ["2 土路铺成了水泥路方便群众出行", "3 山里果子卖出了好价钱"]


def test_a_count_is_not_a_number_of_a_head():
    assert ORDINAL_HEAD.match("2 土路铺成了水泥路")
    assert not ORDINAL_HEAD.match("4 个村的代表学到了啥")
    assert not ORDINAL_HEAD.match("3 月")
