"""A paragraph placing the people it names in a picture (`王秀英(左一)…`, `…(右二)…`) right over a photo's credit at
the end of an article is that photo's caption, cut out as a photo of its own — also where every line of the page
stands apart, so no gap sets the caption off from the text above. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.photos.picture_positions import places_people_in_the_picture
from tests.helpers import column_page

_BLOCKS = [["小院里的编织课"],
           ["每到周三下午,东河村的文化小院就热闹起来,十几位妇女围坐在一起学竹编。"],
           ["村里请来的老篾匠手把手地教,一个月下来,大家都能编出像样的果篮了。"],
           ["在文化小院里,王秀英(左一)和姐妹们比着谁编得快。"],
           ["周小林 摄"]]


def test_places_in_a_picture():
    assert places_people_in_the_picture("王秀英(左一)和姐妹们比着谁编得快")
    assert places_people_in_the_picture("老篾匠(中)在教大家")
    assert not places_people_in_the_picture("东河村(2019年)评为示范村")


def test_paragraph_placing_people_in_the_picture_is_its_caption():
    for apart in (True, False):
        article, picture = parse_page(column_page(_BLOCKS, apart=apart))
        assert article.body.endswith("都能编出像样的果篮了。")
        assert picture.kind == "photo" and picture.authors == ["周小林"]
        assert picture.body == "在文化小院里,王秀英(左一)和姐妹们比着谁编得快。"
