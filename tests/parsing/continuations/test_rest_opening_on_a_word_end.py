"""An article cut inside a word (`…运输也很方`), another article printed in full, then the cut article's rest,
whose first paragraph opens on the end of that word and a comma (`便,我们打算…`): no sentence opens on a
one-letter clause, so that paragraph finishes the sentence left open, whatever words it shares with the article
printed between. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page


def _page() -> str:
    return page(
        "青松村:大棚里四季有菜",
        "柳湾县白沙镇青松村这几年靠合作社种起了大棚蔬菜,一年四季都有新鲜菜上市。",
        "“现在村里的路修好了,菜也不愁卖,往城里运输也很方",
        "营前社区开展文明实践活动",
        "近日,青石镇营前社区开展文明实践活动,社区居民和志愿者一起包饺子、写春联,活动现场十分热闹。",
        "社区负责人表示,将继续开展形式多样的文明实践活动,让居民在活动中感受邻里温暖。",
        "便,我们打算明年办些采摘活动,请社区居民和志愿者都来参加活动。”合作社的负责人说。",
        "青松村的草莓大棚就在菜棚旁边,今年的草莓已经陆续成熟上市。",
    )


def test_the_piece_ending_the_cut_word_goes_back_to_its_article():
    articles = parse_page(_page())
    village = by_title(articles, "青松村:大棚里四季有菜")
    assert "运输也很方便,我们打算" in village.body and village.body.endswith("陆续成熟上市。")
    assert "我们打算" not in by_title(articles, "营前社区开展文明实践活动").body
