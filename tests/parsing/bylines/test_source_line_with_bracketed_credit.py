"""A source line after the text that names its writers in brackets after the source, an editor's name
after them or not (`来源:某某日报青松记者站(记者 张三 通讯员 李四) 编辑:王五`), closes the article as its
credit: the bracket's people wrote it, the editor did not; it heads nothing below. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.bylines.source_lines import is_source_line, source_line_names
from app.text import fold
from tests.helpers import by_title, page

_LINE = "来源:白沙日报青松记者站(记者 王小青 通讯员 林大海) 编辑:周舟"


def test_the_bracketed_writers_are_named():
    assert source_line_names(_LINE, fold(_LINE)) == ["王小青", "林大海"]
    assert is_source_line(fold(_LINE))
    assert source_line_names("来源:白沙日报(记者 王小青)", "来源:白沙日报(记者 王小青)") == ["王小青"]


def test_traditional_source_line_closes_its_article():
    line = "來源:白沙日報青松記者站(記者 王小青 通訊員 林大海) 編輯:周舟"
    articles = parse_page(page(
        "青松村建起农家书屋",
        "白沙镇青松村建起了农家书屋,藏书三千多册,村民们农闲时常来借阅。",
        line,
        "书屋还为孩子们开设了周末阅读课,由村里的退休教师讲故事。",
        "南湖村办起老年食堂",
        "白沙镇南湖村的老年食堂开张了,七十岁以上的老人每餐只需交三元钱。",
    ))
    article = by_title(articles, "青松村建起农家书屋")
    assert article.authors == ["王小青", "林大海"] and "周舟" not in article.authors
    assert all(a.title != line for a in articles)
