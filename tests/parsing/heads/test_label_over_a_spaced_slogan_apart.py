"""Every line apart, a part's head printed on two lines, a short label over a slogan of two spaced phrases
(`旧楼之困` / `三代人挤一间屋 雨天屋里接水盆`): the slogan runs longer than one short line of a head, but its two
phrases are each that short, as a part head's are; so the two lines are asked together, as for any head on two
lines, and head the feature's next part rather than titling a new item. Every snippet is invented."""

import textwrap

from app.parsing import parse_page
from tests.helpers import column_page

_W = 20
_LEAD = "道路高低不平、楼道堆满杂物、雨天屋里漏水……这是青石小区过去的样子,不少老住户陆续搬了出去。"
_UNDER = "青石小区建成于上世纪九十年代,是城东最早的一批安置小区,共有二十多栋居民楼,住着一千多户居民。"
_MORE = "老住户王大姐记得,那些年一下雨,家里就得摆上好几个盆接水,一家三代人挤在一间屋里,连转身都难。"


def test_label_over_a_spaced_slogan_heads_the_next_part():
    [feature] = parse_page(column_page([["老小区变形记"], textwrap.wrap(_LEAD, _W), ["旧楼之困"],
                                        ["三代人挤一间屋 雨天屋里接水盆"], textwrap.wrap(_UNDER, _W),
                                        textwrap.wrap(_MORE, _W)], apart=True))
    assert feature.title == "老小区变形记"
    assert feature.sections == ["旧楼之困 三代人挤一间屋 雨天屋里接水盆"]
    assert feature.body.endswith("连转身都难。")
