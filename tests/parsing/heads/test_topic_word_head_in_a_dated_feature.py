"""A dated feature's section head may be a topic's word of four characters and a longer phrase after a
space (`民生工程 让老路新桥提速完工`): it heads a part of the feature, not an article of its own. Every
snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_a_topic_word_and_a_longer_phrase_head_a_part():
    text = page("青松县百项实事半年交卷",
                "青松新闻网讯(记者 林小川)六月的青松,处处热火朝天,百姓的目光又聚焦到年初的民生承诺上。",
                "年初,青松县推出为民办实事清单,涵盖道路建设、污水管网、危桥改造等一百项工程。",
                "民生工程 让老路新桥提速完工",
                "“原以为年底才能修好,没想到这么快就通车了!”望着刚刚改造完成的道路,柳岸小区的居民喜笑颜开。")
    articles = parse_page(text)
    assert len(articles) == 1
    assert articles[0].sections == ["民生工程 让老路新桥提速完工"]
    assert articles[0].authors == ["林小川"]
