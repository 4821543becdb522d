"""Every line apart, a line cut at the column's width right under a headline and the short line after it are one
piece of text the column wrapped (a long subtitle), as where the lines stand together: the cut line opens the text
under the headline, so it ends no interrupted article, and its rest is no headline of an article of its own.
Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import gapped_page

_BLOCKS = (
    (1, "东山镇农民晒粮不再愁"),
    (1, "盯住秋收时节群众的急难愁盼,把村部广场、文化礼堂前的空地腾出来,打通秋收晒粮“难点”"),
    (1, "本报讯(记者 林夕 通讯员 孙亮)9月26日,在东山镇青松村村部门口,一块“免费晒粮处”的牌子格外显眼,"
        "村民们正把一车车玉米运来摊开晾晒。"),
    (1, "“正愁没地方晒,村里就把场地腾出来了。”村民王川说。今年以来,东山镇把村部广场、文化礼堂前的空地"
        "都开放出来,做村民的晒粮场。"),
    (1, "青松村党支部书记林海介绍,村里还组织党员志愿者帮缺少劳力的农户收玉米、翻晒、装袋,"
        "哪家忙不过来,打个电话就有人上门帮忙,今年全村的玉米都颗粒归仓。"),
    (1, "南岭镇冬枣上市"),
    (1, "近日,南岭镇沙滩村的冬枣成熟上市,枣农把冬枣分级装箱,客商上门收购,一天能发出十几车。"),
    (1, "这是沙滩村种冬枣的第六年,今年亩产比去年又高了一成,村里还办起了冬枣采摘节,"
        "城里来的游客可以进园子自己摘,一斤卖到十来块钱。"),
)


def test_the_rest_of_a_long_line_under_a_headline_titles_nothing():
    apart = parse_page(gapped_page(*_BLOCKS))
    together = parse_page(gapped_page(*_BLOCKS, apart=False))
    assert [a.title for a in apart] == [a.title for a in together]
    assert [a.title for a in apart][-1] == "南岭镇冬枣上市" and "粮“难点”" not in [a.title for a in apart]
    assert apart[0].body == together[0].body
