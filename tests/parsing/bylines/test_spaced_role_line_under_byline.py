"""A byline's second line printed with every character spaced out to the width of the line above
(`实 习 生 李 四` under `□ 本报记者 张三`): a role word and a name, not a headline; its name is the
article's second author. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.bylines.credit_lines import spaced_name_pairs
from tests.helpers import by_title, every_line_apart, page

_TITLE = "十个青年团队 让老村子活起来"
_TEXT = "用旧粮仓改成的书屋、石板铺成的小路、开在老屋里的咖啡馆,这些都出现在白沙镇青松村。"


def test_a_spaced_intern_line_under_a_box_byline():
    article = by_title(parse_page(page("人才回村", _TITLE, "□ 本报记者 张三\n实 习 生 李 四", _TEXT)), _TITLE)
    assert article.kind == "article" and article.authors == ["张三", "李四"]
    assert article.kicker == "人才回村" and article.body.startswith("用旧粮仓")


def test_the_same_with_every_line_apart():
    article = by_title(parse_page(every_line_apart(_TITLE, "□ 本报记者 张三", "实 习 生 李 四", _TEXT, width=30)),
                       _TITLE)
    assert article.authors == ["张三", "李四"]


def test_spaced_roles_and_names():
    assert spaced_name_pairs("实 习 生 李 四") == ["李四"] and spaced_name_pairs("记 者 张 三") == ["张三"]
    assert spaced_name_pairs("张 三 李 四") == ["张三", "李四"]
    assert spaced_name_pairs("实 习 生 活 动") is None and spaced_name_pairs("记 者 来 了") is None
