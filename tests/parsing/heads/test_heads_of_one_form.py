"""A feature's section heads are printed in one form: once one of them is a section head, a later
head with the same spaced phrases of the same lengths (`便民小站 邻里相帮暖人心` under `书香满园 墨韵
飘进百姓家`) is a section of the same article, even over text opening with words the article has
not used yet; and heads that are bare place names (`青松镇`, then `白沙镇柳岸村`), each over the
text about that place, are sections too. Every snippet is invented."""

from app.parsing import parse_page

_FEATURE = """

书香社区迎新春

腊月将至,柳岸社区里年味渐浓。社区居委会联合共建单位开展迎新春活动,居民们写春联、品甜茶,感受浓浓年味。

书香满园 墨韵飘进百姓家

书法爱好者挥毫泼墨,一副副寓意吉祥的春联新鲜出炉,居民们排起长队挑选,墨香里满是祝福。

便民小站 邻里相帮暖人心

便民小站里,理发师傅手脚麻利,为老人修剪头发;一旁的志愿者把热乎乎的红枣茶递到居民手中。

趣味游戏 欢声笑语乐开怀

套圈投壶前围满了孩子,一声声欢呼此起彼伏,家长们举着手机记录下这快乐的时刻。
"""

_ROUND_UP = """

全县三地获评生态示范

日前,今年的生态示范镇村名单公布,我县的青松镇以及两个村榜上有名。

青松镇

青松镇地处湖畔,是远近闻名的鱼米之乡,镇上河网密布,粉墙黛瓦的老街保存完好。

白沙镇柳岸村

白沙镇柳岸村三面环水,村民们沿河种下桃树,每到春天桃花盛开,引来不少游客。

石桥镇竹园村

竹园村依山而建,漫山翠竹是村里的宝贝,村里办起竹编作坊,带着村民增收致富。
"""


def test_heads_in_the_form_of_an_earlier_section_head_are_sections():
    articles = parse_page(_FEATURE)
    assert [a.title for a in articles] == ["书香社区迎新春"]
    assert articles[0].sections == ["书香满园 墨韵飘进百姓家", "便民小站 邻里相帮暖人心", "趣味游戏 欢声笑语乐开怀"]


def test_bare_place_names_over_their_texts_are_sections():
    articles = parse_page(_ROUND_UP)
    assert [a.title for a in articles] == ["全县三地获评生态示范"]
    assert articles[0].sections == ["青松镇", "白沙镇柳岸村", "石桥镇竹园村"]
