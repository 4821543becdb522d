"""A site's dateline naming the outlet and the place before `讯`, then a space and its writer's name glued to
`报道:` (`某某网某地讯 张三报道:…`): the name is the writer, the text starts after the colon. Every snippet is
invented."""

import pytest

from app.parsing import parse_page
from tests.helpers import page

_LEAD = "在村口的晒谷场上,一群穿红马甲的年轻人正帮着老人翻晒稻谷,忙得满头大汗。"
_MORE = "村里的志愿服务队成立三年,队员从最初的六个人发展到六十多人。"


@pytest.mark.parametrize("dateline", ["湖光网青石讯 冯小川报道:", "湖光网讯 冯小川报道:"])
def test_name_glued_to_reported_is_the_writer(dateline):
    (article,) = parse_page(page("青石镇志愿服务队:一道风景线", dateline + _LEAD, _MORE))
    assert article.authors == ["冯小川"]
    assert article.body.startswith("在村口的晒谷场上")

