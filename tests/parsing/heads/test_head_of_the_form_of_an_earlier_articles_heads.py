"""A feature cut into by another item goes on after it under heads of the same form as its own: a second bare
place name (`青松乡西岭村`, after `青松镇东岭村`) over text naming only its last part (`西岭村…`) heads the
feature's next part, though the item that cut in is the article running above it. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page
from tests.parsing.heads.test_bare_place_head_over_its_place import _FEATURE, _ITEM  # (the same feature and item)

_REST = ("东岭村投入资金八十多万元,硬化村道、安装路灯、建设公厕,村容村貌焕然一新。",
         "青松乡西岭村", "西岭村地处山区,村里把闲置的老房子改成民宿,每逢周末都住满了城里来的客人。")


def test_second_bare_place_head_after_an_item_heads_the_feature():
    articles = parse_page(page(*_FEATURE) + "\n" + page(*_ITEM) + "\n" + page(*_REST))
    assert "青松乡西岭村" not in [a.title for a in articles]
    feature = by_title(articles, _FEATURE[0])
    assert feature.sections == ["青松镇东岭村", "青松乡西岭村"]
    assert feature.body.endswith("住满了城里来的客人。")
    assert by_title(articles, _ITEM[0]).body.endswith("更方便。")
