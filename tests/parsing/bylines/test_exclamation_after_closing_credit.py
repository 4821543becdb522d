"""No sentence runs on past a credit that closes a text (`……。(张三 李四)`): a short exclamation printed
right after it, over more text, is the title of the next article (`我县两镇三村喜获殊荣!`), not a
line of the article the credit closed nor of one further up. Every snippet is invented."""

from app.parsing import parse_page

_PAGE = """

白沙村书香迎新春

腊月将至,白沙村里年味渐浓。书法爱好者挥毫泼墨,一副副寓意吉祥的春联新鲜出炉,村民们排起长队挑选。

柳岸社区元宵猜灯谜

正月十五,柳岸社区广场上挂满了彩灯,一条条谜面随风飘动,居民们三五成群,边看边猜。

猜中谜底的居民可以到兑换区领取汤圆,孩子们捧着热乎乎的汤圆,笑得合不拢嘴。(林小川 周夏)

我县两镇三村喜获殊荣!

近日第三批生态示范名单公布,我县的青松镇、石桥镇以及三个村榜上有名。青松镇地处湖畔,河网密布,老街保存完好。

这几年,镇里持续整治河道,沿河种下花木,湖畔步道成了居民散步的好去处。
"""


def test_an_exclamation_after_a_closing_credit_titles_the_text_below():
    articles = parse_page(_PAGE)
    assert [a.title for a in articles] == ["白沙村书香迎新春", "柳岸社区元宵猜灯谜", "我县两镇三村喜获殊荣!"]
    assert articles[1].authors == ["林小川", "周夏"]
    assert articles[2].body.startswith("近日第三批")
