"""A head closing with a dash and the name of the team or village its part tells of (`…——柳湾村巡河队`), right under
a datelined lead, over text whose first sentence names that village (`走进柳湾村,…`): the report's part on it, not an
article of its own. Every snippet is invented."""

import pytest

from app.parsing import parse_page
from tests.helpers import page

_LEAD = ("湖光网青石讯 冯小川报道:在河堤上、渡口边、田埂旁……到处都能看见戴着小红帽的人,"
         "他们是青石镇各村的巡河志愿者,风里雨里守着这条母亲河。")
_PART = ("走进柳湾村,巡河队队长周大山正带着十几名队员清理河滩上的垃圾,一干就是一上午。",
         "今年以来,队员们共劝阻了二十多起在河边乱倒垃圾的行为。")


@pytest.mark.parametrize("dash", ["——", "—"])
def test_dash_head_naming_the_village_below_heads_a_part(dash):
    head = f"守护一河清水 当好护河卫士{dash}柳湾村巡河队"
    (article,) = parse_page(page("青石镇巡河志愿者:河边的小红帽", _LEAD, head, *_PART))
    assert article.authors == ["冯小川"]
    assert "巡河队队长周大山" in article.body
    assert article.body.endswith("乱倒垃圾的行为。")
