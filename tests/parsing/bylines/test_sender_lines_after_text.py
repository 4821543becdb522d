"""A sender's address (`通联:某某乡政府`) and `供稿:张三 李四` printed on the lines after an article's text
are its closing credit, like a source line (`来源:…`): they close the article, name its writers, and are
no section head of it. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.bylines.closing_credits import closing_credit_names
from tests.helpers import page


def test_address_and_contributors_close_the_article():
    [article] = parse_page(page(
        "李青山:修通连心路",
        "近日,白沙乡青松村的村民格外高兴:下雨不用再走泥路了。",
        "今年秋天,在村支书李青山的奔走下,村里筹资修通了到镇上的水泥路,全长一千二百米。",
        "通联:某某县白沙乡政府\n供稿:张小明 李四"))
    assert article.authors == ["张小明", "李四"] and article.sections == []
    assert article.body.endswith("全长一千二百米。")


def test_contributors_named_after_their_role():
    assert closing_credit_names("供稿:张小明 李四", "供稿:张小明 李四") == ["张小明", "李四"]
