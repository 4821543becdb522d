"""A series' line, a campaign's slogan and the series' name joined by a middle dot (`喜迎新春·“百”村巡礼`), over a
comma title is the kicker: the series the report runs in, not the title over a subtitle. A line naming two places
joined by a dot, or a foreign name, is no series. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.heads.column_names import is_column_name
from tests.helpers import page


def test_the_series_line_is_the_kicker():
    (article,) = parse_page(page("喜迎新春·“百”村巡礼", "时光流转,一瞬十年",
                                 "在岁月的画卷里,柳湾这片热土蓬勃发展,处处可见新的变化。"))
    assert article.kicker == "喜迎新春·“百”村巡礼" and article.title == "时光流转,一瞬十年"


def test_short_names_joined_by_a_dot_are_no_series():
    assert is_column_name("奋进新征程·乡村振兴篇")
    assert not is_column_name("白沙镇·青松村") and not is_column_name("约翰·史密斯来村里")
