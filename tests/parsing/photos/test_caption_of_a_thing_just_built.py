"""A line naming a thing by what was just done to it (`新修的青松路`, `改造后的老街`), printed between a
title and its body without a credit, is a photo's caption, not the subtitle. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.shapes import describes_a_picture
from tests.helpers import by_title, page

_TEXT = "一场大雨过后,通往青松村的公路上,一辆满载青菜的三轮车开得飞快,路面上看不到一点泥。"


def test_a_thing_just_built_under_a_title_is_a_photo():
    articles = parse_page(page("青松村通了大路", "新修的青松路", _TEXT))
    assert by_title(articles, "青松村通了大路").subtitle is None
    [photo] = [a for a in articles if a.kind == "photo"]
    assert photo.body == "新修的青松路"


def test_what_a_thing_just_built_is_worded_as():
    assert describes_a_picture("新修的青松路") and describes_a_picture("改造后的老街")
    assert not describes_a_picture("新时代的文明乡风") and not describes_a_picture("修路的故事")
