"""Every line apart, a line cut at the column's width right under a section head, over a short line closed by `:` or
`——` that stands right over another headline line (`老街焕发新活力` / `和很多老镇一样,老街狭窄,沿街的彩钢房占` /
`白沙镇青石村:` / `小小草莓种出致富路`): the short line is a kicker leading into the title under it, not the rest of the
cut sentence, so the two are not joined as one piece of text; the cut line stays the section's text and the kicker heads
the next article. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import every_line_apart

_LEAD = "过去乱搭的棚屋、沿街的杂乱招牌都已拆除,街角新铺的草坪和花带让人眼前一亮,整治后的白沙镇越来越美。"
_CUT = "和很多老镇一样,老街狭窄,沿街的彩钢房占"
_NEXT = ["一年好景君须记,最是橙黄橘绿时。每年春天,是草莓最甜的时候,青石村的家庭农场迎来了丰收。",
         "农场负责人林小禾正忙着把草莓按个头分拣,今年他种了二十亩,亩产超过两千斤。"]
_REST = "道经营已有十年之久,导致环境脏乱,道路拥挤。今年以来,白沙镇大力推进环境整治,老街焕然一新。"


def test_the_kicker_is_not_joined_to_the_cut_line():
    articles = parse_page(every_line_apart("实事干实", "本报记者 王青", _LEAD, "老街焕发新活力", _CUT,
                                           "白沙镇青石村:", "小小草莓种出致富路", *_NEXT, _REST))
    assert [(a.kicker, a.title) for a in articles] == [(None, "实事干实"), ("白沙镇青石村:", "小小草莓种出致富路")]
    assert "沿街的彩钢房占" in articles[0].body
