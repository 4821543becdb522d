"""A column's name printed in a headline without brackets: `…走基层` alone over a title is the title's kicker, not
the title (the title under it no subtitle), and a title joined to its column's name by a `丨` bar is a headline
line whatever commas it holds, not a sentence run on into the text below. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.heads.column_names import is_column_name, joins_a_column
from tests.helpers import by_title, every_line_apart, page

_LEAD = "腊月里,记者跟着青禾县柳湾乡的驻村干部走进营前村,村里的年货集市正热闹,吆喝声一阵接着一阵。"
_MORE = "集市上卖的多是村里自产的腊肉、米酒和手工豆腐,不少在外打工的年轻人也回来帮家里看摊。"
_FINISHED = ("白沙镇青松社区的邻里食堂上月开张,每天中午为六十岁以上的老人备好两荤一素。",
             "社区还请来志愿者给行动不便的老人送餐上门,一份饭菜十元,八十岁以上的老人免单。")
_BARRED = "从“看客”到“帮手”,营前村的年味,越过越浓丨新春走基层"


def test_the_column_name_over_a_title_is_its_kicker():
    articles = parse_page(page("新春走基层", "年货集市夜话", _LEAD, _MORE))
    article = by_title(articles, "年货集市夜话")
    assert (article.kicker, article.subtitle) == ("新春走基层", None)
    assert article.body.startswith("腊月里")


def test_a_title_joined_to_its_column_by_a_bar_heads_the_text_below():
    articles = parse_page(page("青松社区邻里食堂开张", *_FINISHED, _BARRED, _LEAD, _MORE))
    assert [a.title for a in articles] == ["青松社区邻里食堂开张", _BARRED]
    assert by_title(articles, _BARRED).body.startswith("腊月里")
    assert "年味" not in by_title(articles, "青松社区邻里食堂开张").body


def test_the_bar_title_holds_with_every_line_apart():
    articles = parse_page(every_line_apart("青松社区邻里食堂开张", *_FINISHED, _BARRED, _LEAD, width=40))
    assert [a.title for a in articles] == ["青松社区邻里食堂开张", _BARRED]


def test_what_is_a_column_name_and_what_is_not():
    assert is_column_name("新春走基层") and is_column_name("蹲点走基层")
    assert not is_column_name("营前村赶年集") and not is_column_name("走基层的日子里记下的事")
    assert joins_a_column(_BARRED) and joins_a_column("新春走基层丨营前村赶年集")
    assert not joins_a_column("营前村的年味,越过越浓") and not joins_a_column("丨")
