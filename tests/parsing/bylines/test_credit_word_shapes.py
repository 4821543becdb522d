"""Credit shapes some sites print: a desk's team as a role (`(记者 林小川 报道组 王大成)`), bracketed names
with `文/图` opening the text (`(林小川 文/图)近期,…`), a colon after a report's bracketed credit
(`东海网白沙报道(林小川):…`), and `文、图 | …` after the text. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TEXT = "近期,青松村给种枣的农户送去了一批防虫的药剂,三百多户都领到了。"
_MORE = "村里还请来农技员,在枣园里教大家怎么配药、什么时候打药最管用。"


def test_a_desks_team_is_a_role_not_a_name():
    [article] = parse_page(page("青松村枣农领药剂", "东海日报讯(记者 林小川 报道组 王大成)" + _TEXT, _MORE))
    assert article.authors == ["林小川", "王大成"]


def test_bracketed_names_with_text_and_pictures_open_the_text():
    [article] = parse_page(page("青松村枣农领药剂", "(林小川 文/图)" + _TEXT, _MORE))
    assert article.authors == ["林小川"] and article.body.startswith("近期,青松村")


def test_a_colon_after_a_reports_bracketed_credit_is_no_text():
    [article] = parse_page(page("青松村枣农领药剂", "东海网白沙报道(林小川 通讯员 王大成):" + _TEXT, _MORE))
    assert article.authors == ["林小川", "王大成"] and article.body.startswith("近期,青松村")


def test_text_and_pictures_credit_line_after_the_text():
    [article] = parse_page(page("青松村枣农领药剂", _TEXT, _MORE, "文、图 | 林小川 王大成"))
    assert article.authors == ["林小川", "王大成"] and article.body.endswith("什么时候打药最管用。")
