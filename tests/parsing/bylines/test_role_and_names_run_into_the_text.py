"""A text opening with its reporter's role and names and its correspondent's, unbracketed and spaced, run into the
text (`记者 张三 通讯员 李四 王五 近日,…`), the role word maybe printed with a space inside (`记 者`): the names are
the article's authors and the text begins at its first word. A sentence opening with `记者` (`记者从…获悉`) is
text. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.bylines.credits import parse_dateline
from app.text import fold
from tests.helpers import by_title, page

_CASES = [
    ("记 者 林小禾 通讯员 王青 周舟 近日,记者来到白沙镇营前村,看到几位志愿者正在捡垃圾。", ["林小禾", "王青", "周舟"]),
    ("记者 林小禾 通讯员 王青 近日,记者来到白沙镇营前村,看到几位志愿者正在捡垃圾。", ["林小禾", "王青"]),
]


def test_the_names_are_read_up_to_the_text():
    for line, names in _CASES:
        dateline = parse_dateline(line, fold(line))
        assert dateline is not None and dateline.authors == names, line
        assert line[dateline.end:].startswith("近日"), line


def test_the_article_is_credited():
    for line, names in _CASES:
        articles = parse_page(page("营前村的红马甲", line, "村里的卫生巡逻每天都会进行,上午、下午各一个半小时。"))
        article = by_title(articles, "营前村的红马甲")
        assert article.authors == names and article.body.startswith("近日"), line


def test_a_sentence_opening_with_the_role_word_is_text():
    for line in ("记者从白沙镇获悉,通讯员 王青 说今年的收成好。", "记者 林小禾 在营前村看到,通讯员们正忙着。"):
        dateline = parse_dateline(line, fold(line))
        assert dateline is None or dateline.authors == [], line
