"""A feature whose headline tells of a village without naming it (`一把竹篾改写村子命运`), its opening naming no place
yet, then a head naming a village before its colon over text that names that village again: the village the headline
promised, a section of the feature. A village head under an opening that named its place, or under a headline about
no village, still titles an item of its own. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_OPENING = ("青瓦白墙,车来人往,一个小村子也能过上城里人的日子。是什么改变了这一切?是一根根细细的竹篾。",
            "篾匠多了,竹器有了名气,来收货的客商多了,一个村子的日子因竹而变了样。")
_HEAD = "柳溪村:“竹器出柳溪”"
_BELOW = ("在大山深处,有个叫柳溪村的地方,家家户户都会编竹器,老老少少手上都有一门活。",
          "如今村里的竹器远销各地,篾匠们的腰包越来越鼓。")


def test_village_head_under_a_placeless_opening_is_a_section():
    [article] = parse_page(page("一把竹篾改写村子命运", *_OPENING, _HEAD, *_BELOW))
    assert article.sections == [_HEAD] and article.body.endswith("越来越鼓。")


def test_village_head_under_a_headline_about_no_village_titles_an_item():
    articles = parse_page(page("一把竹篾改写山里日子", *_OPENING, _HEAD, *_BELOW))
    assert [a.title for a in articles] == ["一把竹篾改写山里日子", _HEAD]


def test_village_head_under_an_opening_naming_its_place_titles_an_item():
    opening = ("在白沙镇,青瓦白墙,车来人往,一个小村子也能过上城里人的日子。", _OPENING[1])
    articles = parse_page(page("一把竹篾改写村子命运", *opening, _HEAD, *_BELOW))
    assert [a.title for a in articles] == ["一把竹篾改写村子命运", _HEAD]
