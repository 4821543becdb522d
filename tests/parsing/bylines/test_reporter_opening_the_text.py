"""A text with no outlet's dateline that opens with its reporter's role and name and `报道:` (`通讯员张三报道:`),
as county sites print it: the names are the article's authors and the text begins after the colon. A role
and a word that is no name before `报道:` (`记者采访报道:`) credits nobody. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.bylines.credits import parse_dateline
from app.text import fold
from tests.helpers import by_title, page

_CASES = [
    ("通讯员林小禾报道:3月20日起,柳湾乡遭遇入春以来最强的一轮降雨。", ["林小禾"], "3月20日起"),
    ("记者 王青 周舟报道:近日,白沙镇的村干部挨家挨户排查危房。", ["王青", "周舟"], "近日"),
    ("通讯员林小禾、王青报道:营前村的防汛物资已经备齐。", ["林小禾", "王青"], "营前村"),
]


def test_each_opening_names_its_reporters():
    for line, names, opening in _CASES:
        dateline = parse_dateline(line, fold(line))
        assert dateline is not None and dateline.authors == names, line
        assert line[dateline.end:].lstrip().startswith(opening), line


def test_the_article_is_credited_and_its_text_begins_after_the_colon():
    for line, names, opening in _CASES:
        articles = parse_page(page("柳湾乡干群同心抗春汛", line,
                                   "乡里连夜组织干部分片巡查,转移了低洼处的二十多户村民。"))
        article = by_title(articles, "柳湾乡干群同心抗春汛")
        assert article.authors == names and article.body.startswith(opening), line


def test_a_word_that_is_no_name_credits_nobody():
    for line in ("记者采访报道:这是白沙镇今年办的第三场招聘会。", "通讯员报道了营前村的新鲜事。"):
        dateline = parse_dateline(line, fold(line))
        assert dateline is None or dateline.authors == [], line
