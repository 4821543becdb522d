"""`于市` ends an idiom, not a city's name (`大隐于市`, `闻名于市`: in the market, in town): a colon head opening with
one (`大隐于市的小院:老规矩、新玩法`) names no place, so it does not title an item of its own for opening with a place
and a colon; between the paragraphs of a feature it heads the feature's next part. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_LEAD = ("青川,因山水秀美而闻名,宜居早已成为这座城市的一张名片。",
         "城市可以复制,生活方式却独一无二。如何让老城的街巷更有温度,让居民的日子更有滋味?")
_PART = ("大隐于市的小院:老规矩、新玩法",
         "竹椅、茶壶、老藤架,还有邻居们摆不完的龙门阵……这里是南门巷的一处老院子,如今成了街坊们的客厅。",
         "每天下午三点,院子里就热闹起来,唱戏的、下棋的、讲故事的,各有各的乐子。")


def test_the_idioms_city_letter_names_no_place():
    [feature] = parse_page(page("老城新味", "宜居青川的街巷:有温度、有滋味", *_LEAD, *_PART))
    assert feature.sections == ["大隐于市的小院:老规矩、新玩法"]
    assert feature.body.endswith("各有各的乐子。")
