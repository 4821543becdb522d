"""A headline between paragraphs whose words are nowhere in the article above, and mostly in the text
below it (`青松区去年完成旧楼加装电梯12台` over `…2024年,全区共完成旧楼加装电梯12台`), titles a new
article, even when both texts name the same kind of block (`老旧小区`, a common noun the place reader
keys as a name). Every snippet is invented."""

from app.parsing import parse_page

_PAGE = """

白沙片区老旧小区改造下月启动

记者获悉,白沙片区的旧小区改造下月开工,涉及白沙一村、白沙二村等4个小区,惠及近3000户家庭。

近年来,柳岸街道改造旧小区时打造了一批精品小区。白沙片区这些老旧小区建成于八十年代,屋顶漏水、道路狭窄等问题日益凸显。

青松区去年完成旧楼加装电梯12台

为让更多居民尽享“一键直达”的便利,青松区去年积极推进旧楼加装电梯工作,共完成旧楼加装电梯12台。

竹园小区于2001年交付,作为一个老旧小区,住户们盼电梯的心情格外迫切,目前已加装电梯2台。
"""


def test_a_headline_foreign_to_the_article_above_titles_the_text_below():
    articles = parse_page(_PAGE)
    assert [a.title for a in articles] == ["白沙片区老旧小区改造下月启动", "青松区去年完成旧楼加装电梯12台"]
    assert articles[1].body.startswith("为让更多居民")
