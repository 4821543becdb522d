"""A byline line under the title that names its paper before the roles, set apart by a space
(`东海经济报 记者 林小川 通讯员 王大成`), credits the people after the roles; the paper is no name.
Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TEXT = "“锣鼓一响,全村都来了。”11月2日晚上,青松村的戏台前坐满了人,村里的老戏迷早早搬来了板凳。"


def test_a_paper_named_before_the_roles_of_a_byline():
    [article] = parse_page(page("青松村戏台前看大戏", "东海经济报 记者 林小川 通讯员 王大成", _TEXT))
    assert article.authors == ["林小川", "王大成"]
    assert article.body.startswith("“锣鼓一响")
