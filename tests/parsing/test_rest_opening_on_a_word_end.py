"""An article cut inside a word (`…交通也非常便`), another article printed in full, then the cut article's rest,
whose first paragraph opens on the end of that word and a comma (`利,我们以后还会…`): no sentence opens on a
one-letter clause, so that paragraph finishes the sentence left open, whatever words it shares with the article
printed between. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page


def _page() -> str:
    return page(
        "青松村:大棚里四季有菜",
        "近些年,柳湾县白沙镇青松村依托合作社发展大棚蔬菜,传统种植走上了转型升级的道路。",
        "“老人家们都非常高兴,说到天天吃新鲜蔬菜,白沙镇蔬菜品种丰富,交通也非常便",
        "营前社区开展文明实践活动",
        "近日,青石镇营前社区开展文明实践活动,社区居民和志愿者一起包饺子、写春联,活动现场十分热闹。",
        "社区负责人表示,将继续开展形式多样的文明实践活动,让居民在活动中感受邻里温暖。",
        "利,我们以后还会多组织这样的活动。”柳湾一家公司的负责人说。",
        "与蔬菜大棚一墙之隔的,就是青松村的草莓大棚,草莓已经陆续成熟上市。",
    )


def test_the_piece_ending_the_cut_word_goes_back_to_its_article():
    articles = parse_page(_page())
    village = by_title(articles, "青松村:大棚里四季有菜")
    assert "交通也非常便利,我们以后" in village.body and village.body.endswith("陆续成熟上市。")
    assert "我们以后" not in by_title(articles, "营前社区开展文明实践活动").body
