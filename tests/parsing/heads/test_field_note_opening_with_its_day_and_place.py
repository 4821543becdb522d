"""A reporter's note from the field opens with the day and the place it was written at, on a line of its own
(`6月3日 某某镇某某村`) under the note's title and credit: that line is the note's first line of text, never a
section head, and the text under it goes on with the note. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TITLE = "果园里的新农人"
_CREDIT = "记者 方小明"
_PLACE = "6月3日 南山镇桃李村"
_LEAD = "一大早,桃李村的果园里就热闹起来,十几位村民正忙着给桃子套袋。"
_MORE = "“套了袋的桃子卖相好,价钱也高。”果农吴春生说,今年他家的五亩桃园有望增收一成。"


def test_the_day_and_place_line_opens_the_notes_text():
    (article,) = parse_page(page(_TITLE, _CREDIT, _PLACE, _LEAD, _MORE))
    assert article.title == _TITLE and article.authors == ["方小明"]
    assert article.sections == []
    assert article.paragraphs[0] == _PLACE and article.paragraphs[1] == _LEAD


def test_two_notes_each_open_with_their_own_day_and_place():
    second = ("渡口边的夜校", "记者 梁雨", "6月3日 北湖乡渡口村",
              "傍晚,渡口村的村民夜校开课了,二十多位村民围坐在一起听农技员讲病虫害防治。")
    first, other = parse_page(page(_TITLE, _CREDIT, _PLACE, _LEAD, _MORE, *second))
    assert first.paragraphs[0] == _PLACE and other.paragraphs[0] == "6月3日 北湖乡渡口村"
    assert first.sections == [] and other.sections == [] and other.authors == ["梁雨"]


def test_a_diarys_weather_line_is_still_its_first_line_of_text():
    (article,) = parse_page(page("守林日记", "3月12日 晴", "早上七点上山,沿着防火带走了一圈,没有发现火情。"))
    assert article.paragraphs[0] == "3月12日 晴" and article.sections == []
