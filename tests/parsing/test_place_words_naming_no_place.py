"""A place word doubled round the side it stands for (`村里村外`, `镇里镇外`: inside the village and out) and a kind
of resort before a place word (`度假村`, `养老社区`) name no place. A feature's general opening that says only
these has named no place yet, so a head naming a village over the text about it (`某某村 …`) heads the feature's
first part, not an item of its own. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.similarity import place_names
from tests.helpers import page

_LEAD = ("清晨推开院门,鸡鸣声此起彼伏,山风里带着青草味……退休教师老周这样说起他在山里租下的小院。",
         "近年来,不少城里人不再满足于周末去度假村住一晚,而是长租农家小院,村里村外多了不少新面孔,闲置农房也有了新用处。")
_PART = ("老周租下的小院在青川县白石镇桃源坪村,三间瓦房,院里种着葡萄和丝瓜。",
         "村干部说,全村已有十几户人家把空置的老院子租给了城里人,每年能多一笔租金收入。")


def test_doubled_place_word_and_resort_name_no_place():
    assert place_names("村里村外多了不少新面孔") == set()
    assert place_names("镇里镇外都在说这件事") == set()
    assert place_names("去度假村住一晚,再去养老社区看看") == set()
    assert place_names("桃源坪村的老院子") == {"源坪"}


def test_village_head_under_a_general_opening_heads_its_part():
    text = page("山乡慢日子引来城里客", *_LEAD, "桃源坪村 老院子住进新邻居", *_PART)
    (article,) = parse_page(text)
    assert article.sections == ["桃源坪村 老院子住进新邻居"]
    assert article.body.endswith("每年能多一笔租金收入。")
