"""A text with no outlet's dateline that opens with a box byline in brackets (`(□ 张三 李四)昨天中午…`): the box
mark says the names are its writers, as `□ 张三` on a line of its own does, and the text begins after the bracket.
Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.bylines.credits import parse_dateline
from app.text import fold
from tests.helpers import by_title, page

_CASES = [
    ("(□ 林小禾 王青 周舟)昨天中午,白沙村的老年食堂里坐满了老人。", ["林小禾", "王青", "周舟"], "昨天中午"),
    ("(■ 林小禾)近日,柳湾乡新建的日间照料中心开门迎客。", ["林小禾"], "近日"),
]


def test_each_opening_names_its_writers():
    for line, names, opening in _CASES:
        dateline = parse_dateline(line, fold(line))
        assert dateline is not None and dateline.authors == names, line
        assert line[dateline.end:].lstrip().startswith(opening), line


def test_the_article_is_credited_and_its_text_begins_after_the_bracket():
    for line, names, opening in _CASES:
        articles = parse_page(page("老人在家门口吃上热乎饭", line,
                                   "食堂每天供应两荤两素一汤,八十岁以上的老人免费用餐。"))
        article = by_title(articles, "老人在家门口吃上热乎饭")
        assert article.authors == names and article.body.startswith(opening), line


def test_a_bracket_of_words_that_are_no_names_opens_no_credit():
    line = "(□ 图文报道)近日,柳湾乡新建的日间照料中心开门迎客。"
    assert parse_dateline(line, fold(line)) is None
