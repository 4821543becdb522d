"""A bare place name (`青松镇东岭村`) over text that opens by naming it in full, inside a feature already two
paragraphs long, heads the feature's next part, even where another item cut in right after that part's first
paragraph (so no other head of that form is in sight); over text naming only its last part it may title an item
of its own (`test_tail_naming_the_earlier_heading.py`). Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_FEATURE = ("看一看、比一比,青松县乡村环境整治见成效",
            "11月2日,青松县组织各乡镇负责人到村里现场观摩,看一看、比一比,学做法、找差距。",
            "一条条干净整洁的村道、一处处新建的小游园,展示着全县乡村环境整治的成果。", "青松镇东岭村",
            "青松镇东岭村位于县城东郊,全村三百多户人家,家家户户种蔬菜,是远近闻名的蔬菜村。")
_ITEM = ("白沙县乡村道路通到家门口", "今年以来,白沙县新修村道四十多公里,村民出门不再一脚泥,群众都说路好走了。",
         "下一步,白沙县还将给村道装上路灯,让村民晚上出行更方便。")
_REST = ("东岭村投入资金八十多万元,硬化村道、安装路灯、建设公厕,村容村貌焕然一新。",
         "村里还聘请了四名保洁员,每天清扫村道,村民们也养成了垃圾分类的习惯,吸引了不少游客。")


def test_a_bare_place_head_inside_an_interrupted_feature():
    articles = parse_page(page(*_FEATURE) + "\n" + page(*_ITEM) + "\n" + page(*_REST))
    titles = [a.title for a in articles]
    assert "青松镇东岭村" not in titles
    feature = next(a for a in articles if a.title == _FEATURE[0])
    assert feature.sections == ["青松镇东岭村"]
    assert "东岭村投入资金" in feature.body and feature.body.endswith("吸引了不少游客。")
    item = next(a for a in articles if a.title == _ITEM[0])
    assert item.body.endswith("更方便。")
