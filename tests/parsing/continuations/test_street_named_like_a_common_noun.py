"""A street or a community whose name ends in a letter that also ends common nouns for places (`东城街道`,
`新城社区`, as `城镇`, `古镇` do) is a place all the same: a headline naming it, printed between the two parts of an
article about another place, over text about it, titles an item of its own, not a section of that article. Every
snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TITLE = "柳岸社区:小事办在家门口"
_LEAD = "柳岸社区是市级文明社区,近年来,社区围绕“暖心柳岸”特色品牌,持续深化便民服务,探索邻里互助新路子。"
_SECOND = "针对老年居民多的特点,柳岸社区组建了二十多人的志愿服务队,每周上门为独居老人送菜、理发、量血压。"
_REST = "柳岸社区的干部说,往后还要从小事做起,把服务送到每一户居民身边。"
_OTHER = ("东城街道谋划社区建设新思路",
          "6月5日下午,东城街道召集各社区书记商量新设两个社区的规划,社区建设的几套方案摆上了桌面。")


def test_a_headline_naming_the_street_titles_its_own_item():
    first, other = parse_page(page(_TITLE, _LEAD, _SECOND, *_OTHER, _REST))
    assert first.title == _TITLE and first.sections == [] and first.paragraphs[-1] == _REST
    assert other.title == _OTHER[0] and other.paragraphs == [_OTHER[1]]
