"""A byline opening with its magazine's or paper's name in title marks, a space, then the role and the writer
(`《某某杂志》 记者 张三 | 某地报道`): the name in `《》` is the outlet, like `某某杂志记者 张三`, and the writer is the
name after the role, the place it was reported from after the bar no name. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_BODY = ("从西宁出发,向西翻过日月山,再走两个多小时,就到了草原深处的牧业村。",
         "这一路上,牧民们的定居点一个接一个,新盖的砖房整整齐齐,屋顶上架着太阳能板。")


def test_outlet_in_title_marks_and_the_place_after_a_bar():
    (article,) = parse_page(page("草原上的定居点", "《山河杂志》 记者 李明 | 青海西宁报道", *_BODY))
    assert article.title == "草原上的定居点"
    assert article.authors == ["李明"]
    assert article.body.startswith("从西宁出发")


def test_outlet_in_title_marks_before_two_roles():
    (article,) = parse_page(page("草原上的定居点", "《山河杂志》 记者 李明 通讯员 赵红", *_BODY))
    assert article.authors == ["李明", "赵红"]
    assert article.body.startswith("从西宁出发")
