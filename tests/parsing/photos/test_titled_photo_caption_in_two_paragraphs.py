"""A titled photo whose caption is two paragraphs, the second opening by pointing back at the place the first named
(`近年来,该镇…`), its credit printed right under it: one caption, not an article over a caption of its own. A second
paragraph naming its own scene is still a caption cut out of the article above it. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_FIRST = "3月2日,柳湾县白沙镇青松村的村民在大棚里给草莓苗浇水施肥。"
_BACK = "近年来,该镇引导农户办起合作社,草莓、葡萄等特色种植带动村民增收。"
_OWN = "3月5日,青石镇营前村的村民在田间给油菜除草施肥,一派春耕景象。"


def test_a_second_paragraph_pointing_back_is_the_same_caption():
    (photo,) = parse_page(page("白沙镇草莓苗长势喜人", _FIRST, _BACK + "\n通讯员 宋雨 摄"))
    assert photo.kind == "photo" and photo.title == "白沙镇草莓苗长势喜人" and photo.authors == ["宋雨"]
    assert photo.body.startswith("3月2日,柳湾县") and photo.body.endswith("带动村民增收。")


def test_a_second_paragraph_of_its_own_scene_is_a_caption_of_its_own():
    articles = parse_page(page("白沙镇草莓苗长势喜人", _FIRST, _OWN + "\n通讯员 宋雨 摄"))
    photos = [a for a in articles if a.kind == "photo"]
    assert [p.body for p in photos] == [_OWN]
