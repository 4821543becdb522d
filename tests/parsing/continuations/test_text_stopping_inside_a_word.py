"""An article printed up to a character with no mark after it (`…就像一个神秘的宝`) was cut by the
column inside a sentence, maybe inside a word: the first paragraph after another article that goes
on without leaning to either (`藏地,居民们…`) is its rest, even when the rest shares more words with
the article printed between. Every snippet is invented."""

from app.parsing import parse_page

_PAGE = """

柳岸社区游园会乐翻天

10月20日下午,柳岸社区在中心广场举办游园会。游园会伊始,集章点就像一把神奇的钥匙,开启了居民们的欢乐之旅。每一个集章点都像是一个神秘的宝

青松街道引导居民共建家园

今年以来,青松街道推进社区营造,引导居民投身家园共建。

青松街道的白沙小区老人多。社区把公益集市搬到小区里,居民们下楼就能参与理发、维修、缝补等活动,集市上还有套圈、投壶等游戏,每一次套中都有欢呼声,居民志愿者们也忙个不停,为居民们服务。

藏地,居民们手持游园卡,穿梭在各个游戏点之间。

套圈和投壶两项游戏大放异彩,居民们屏气凝神,每一次套中都伴随着欢呼声。
"""


def test_the_rest_of_a_word_goes_back_to_the_text_that_stopped_inside_it():
    articles = parse_page(_PAGE)
    fair, market = articles
    assert fair.title == "柳岸社区游园会乐翻天"
    assert "神秘的宝藏地,居民们手持游园卡" in fair.body
    assert fair.body.endswith("伴随着欢呼声。")
    assert market.body.endswith("为居民们服务。")
