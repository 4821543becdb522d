"""A site's byline with its roles in square brackets (`【记者 王五】 【编辑 李四】 通讯员 赵六`) is a byline: the
reporter and the correspondent wrote, the editor's group names no writer; an exclamation over it is the headline.
Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_ONE = "5月19日,大岭镇志愿服务队授旗仪式在镇文化广场举行,大岭镇志愿服务队正式成立。"
_TWO = "据介绍,志愿服务队由党员志愿服务队、网格志愿服务队、社区医疗服务队等七支队伍组成。"


def test_a_byline_with_its_roles_in_square_brackets_under_an_exclamation():
    (article,) = parse_page(page("街坊们请记住我们,大岭镇志愿服务队正式成立!",
                                 "【记者 王五】 【编辑 李四】 通讯员 赵六", _ONE, _TWO))
    assert article.title == "街坊们请记住我们,大岭镇志愿服务队正式成立!"
    assert article.authors == ["王五", "赵六"] and article.body.startswith("5月19日")


def test_the_reporter_alone_in_brackets():
    (article,) = parse_page(page("大岭镇志愿服务队成立", "【记者 王五】 通讯员 赵六", _ONE, _TWO))
    assert article.authors == ["王五", "赵六"]
