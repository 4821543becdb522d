"""Three outlets' datelines the general pattern missed: a site's `消息` before its writers and `文/图`, a
site's name and a place before `讯` over bare bracketed names, and a paper and its app joined by a middle
dot with the date after a space. Each names the writers and opens the text. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.bylines.credits import parse_dateline
from app.text import fold
from tests.helpers import by_title, page

_CASES = [
    ("白沙网消息(王小青 林大海 文/图) 9月2日,青松村举办邻里节。", ["王小青", "林大海"], "9月2日"),
    ("青松网白沙讯(王小青 林大海 周舟)为丰富村民文化生活,", ["王小青", "林大海", "周舟"], "为丰富"),
    ("白沙日报·青松客户端 3月5日讯(通讯员 王小青 林大海)春耕时节,", ["王小青", "林大海"], "春耕时节"),
]


def test_each_dateline_names_its_writers():
    for line, names, opening in _CASES:
        dateline = parse_dateline(line, fold(line))
        assert dateline is not None and dateline.authors == names, line
        assert line[dateline.end:].lstrip().startswith(opening), line


def test_the_article_under_such_a_dateline_is_credited():
    for line, names, opening in _CASES:
        articles = parse_page(page("青松村的春天", line + "村民们忙着翻耕育秧,田间一片繁忙景象。"))
        article = by_title(articles, "青松村的春天")
        assert article.authors == names and article.body.startswith(opening), line


def test_a_site_name_in_running_text_is_no_dateline():
    line = "白沙网记者近日走访青松村,看到村民们正在翻耕土地。"
    assert parse_dateline(line, fold(line)) is None
