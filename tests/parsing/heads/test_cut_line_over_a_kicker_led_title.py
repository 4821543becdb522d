"""A comma line under a section head that stands between paragraphs, over a kicker closed by `:` and a title
(`老街焕发新活力` / `和很多老镇一样,白沙老街狭窄,沿街商户林立,沿街彩钢房占` / `白沙镇青石村:` / `小小草莓种出致富路`),
is the section's first paragraph the page cut, not a headline: a kicker leads into its title, never into a line of text,
so the next article's headline group starts at the kicker, whatever its title says. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_LEAD = "过去乱搭的棚屋、沿街的杂乱招牌都已拆除,街角新铺的草坪和花带让人眼前一亮,整治后的白沙镇越来越美。"
_CUT = "和很多老镇一样,白沙老街狭窄,沿街商户林立,沿街彩钢房占"
_NEXT = ["一年好景君须记,最是橙黄橘绿时。每年春天,是草莓最甜的时候,青石村的家庭农场迎来了丰收。",
         "农场负责人林小禾正忙着把草莓按个头分拣,今年他种了二十亩,亩产超过两千斤。"]
_REST = "道经营已有十年之久,导致环境脏乱,道路拥挤。今年以来,白沙镇大力推进环境整治,老街焕然一新。"


def test_the_cut_line_stays_the_sections_text():
    articles = parse_page(page("实事干实", "——白沙镇环境整治侧记", "本报记者 王青", _LEAD, "老街焕发新活力", _CUT,
                               "白沙镇青石村:", "小小草莓种出致富路", *_NEXT, _REST))
    assert [(a.kicker, a.title) for a in articles] == [(None, "实事干实"), ("白沙镇青石村:", "小小草莓种出致富路")]
    assert _CUT in articles[0].body and articles[0].body.endswith("焕然一新。")
