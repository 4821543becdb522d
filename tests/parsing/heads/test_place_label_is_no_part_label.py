"""Heads opening with labels of one length and a colon (`义诊现场:…`, `村民心声:…`) label the parts of one feature,
but a label naming a place (`江苏柳湾:…` over `…柳湾县…`) titles an item of its own, though the place is printed
without its suffix and so reads as no place name by its shape alone. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_FEATURE = ["在白沙镇,花木电商让村里的年轻人回来了。二十六岁的林小禾回乡开网店,一年卖出盆景上万盆。",
            "村里的老人也有活干,每天帮着打包发货,一天能挣一百多元。"]
_TITLE = "江苏柳湾:乡村振兴交出亮丽答卷"
_NEWS = ["清明时节,位于柳湾县青石镇的园艺场内,十五名工人忙着制作仿真树,每月网上销售额达一百多万元。",
         "柳湾县坚持农业农村优先发展,全力推动农业强、农村美、农民富。"]
_LABEL = "产业赋能:|塘口的新变化"


def test_a_place_label_titles_an_item_of_its_own():
    articles = parse_page(page("白沙镇的花木电商路", *_FEATURE, _TITLE, *_NEWS, _LABEL.replace("|", "\n"),
                               "以前都是粗放养殖,现在塘口装上了水质监测仪,养出的螃蟹个头大。"))
    assert [a.title for a in articles][:2] == ["白沙镇的花木电商路", _TITLE]
    assert articles[0].body.endswith("一百多元。") and articles[1].body.startswith("清明时节")
