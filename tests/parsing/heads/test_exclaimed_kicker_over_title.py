"""A short exclamation of spaced phrases after finished text, right over a headline line (`迎丰收 促增收!`
over `青松两村结对 让山货水产走进城里`), is the kicker of that headline: the two lines head a new article,
not a line of text and a section head of the article above. Every snippet is invented."""

from app.parsing import parse_page

_PAGE = """

白沙社区加装电梯惠及百户

白沙社区的老楼建于上世纪九十年代,今年以来已加装电梯6台,百余户居民告别了爬楼的辛苦。

社区工作人员介绍,明年还将继续推进加装工作。

迎丰收 促增收!

青松两村结对 让山货水产走进城里

秋意渐浓,青松镇田间地头谷物飘香,瓜果满园,一眼望去全是丰收的景象。

竹园村的板栗、柳湾村的鱼虾通过两村共建的直供渠道销往城里,村民们腰包鼓了起来。
"""


def test_an_exclaimed_kicker_over_a_title_heads_a_new_article():
    articles = parse_page(_PAGE)
    assert [a.title for a in articles] == ["白沙社区加装电梯惠及百户", "青松两村结对 让山货水产走进城里"]
    assert articles[1].kicker == "迎丰收 促增收!"
    assert articles[1].body.startswith("秋意渐浓")
