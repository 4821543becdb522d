"""A feature cut into by another item goes on after it under heads of the same form as its own: a second bare
place name (`青松乡西岭村`, after `青松镇东岭村`) over text naming only its last part (`西岭村…`) heads the
feature's next part, though the item that cut in is the article running above it. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_FEATURE = ("看一看、比一比,青松县乡村环境整治见成效", "11月2日,青松县组织各乡镇负责人到村里现场观摩,看一看、比一比,学做法、找差距。",
            "一条条干净整洁的村道、一处处新建的小游园,展示着全县乡村环境整治的成果。",
            "青松镇东岭村", "青松镇东岭村位于县城东郊,全村三百多户人家,家家户户种蔬菜,是远近闻名的蔬菜村。")
_ITEM = ("白沙县乡村道路通到家门口", "今年以来,白沙县新修村道四十多公里,村民出门不再一脚泥,群众都说路好走了。",
         "下一步,白沙县还将给村道装上路灯,让村民晚上出行更方便。")
_REST = ("东岭村投入资金八十多万元,硬化村道、安装路灯、建设公厕,村容村貌焕然一新。",
         "青松乡西岭村", "西岭村地处山区,村里把闲置的老房子改成民宿,每逢周末都住满了城里来的客人。")


def test_second_bare_place_head_after_an_item_heads_the_feature():
    articles = parse_page(page(*_FEATURE) + "\n" + page(*_ITEM) + "\n" + page(*_REST))
    assert "青松乡西岭村" not in [a.title for a in articles]
    feature = by_title(articles, _FEATURE[0])
    assert feature.sections == ["青松镇东岭村", "青松乡西岭村"]
    assert feature.body.endswith("住满了城里来的客人。")
    assert by_title(articles, _ITEM[0]).body.endswith("更方便。")
