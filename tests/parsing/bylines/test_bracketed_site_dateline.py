"""A site's name in square brackets opening the text before its reporters in round ones
(`【某某网】(记者 张三 通讯员 李四) …`) is a dateline: its names are the article's authors, and the
headline over it starts an article even right after another article's section. Every snippet is
invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_a_bracketed_site_name_before_bracketed_reporters_is_a_dateline():
    (article,) = parse_page(page(
        "青松社区办起纳凉晚会",
        "【港网】(记者 张小明 通讯员 王立) 昨晚,白沙街道青松社区在小广场办起纳凉晚会,三百多位居民带着板凳来看戏。",
        "晚会由社区文艺队自编自演,唱的都是邻里之间的新鲜事。",
    ))
    assert article.authors == ["张小明", "王立"]
    assert article.body.startswith("昨晚,白沙街道青松社区")


def test_a_headline_over_such_a_dateline_after_a_section_starts_an_article():
    articles = parse_page(page(
        "白沙社区迎来邻里节",
        "白沙社区的邻里节从早上一直热闹到傍晚,百家宴摆满了整条长廊,居民们端出拿手菜招待新邻居。",
        "百家宴真热闹",
        "长廊里摆了四十张桌子,每张桌子上都有一道社区老人亲手做的家乡菜,孩子们排队品尝。",
        "青松社区办起纳凉晚会",
        "【港网】(记者 张小明 通讯员 王立) 昨晚,白沙街道青松社区在小广场办起纳凉晚会,三百多位居民带着板凳来看戏。",
    ))
    assert [a.title for a in articles] == ["白沙社区迎来邻里节", "青松社区办起纳凉晚会"]
    assert articles[1].authors == ["张小明", "王立"]
