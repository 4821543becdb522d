"""A feature's writer boxed after its standfirst (`……讲好柳湾故事。□本报记者 张三`), then a head that picks up a word of
the feature's headline group and text with no headline of its own: the feature goes on under its first part's head.
A next item's title under a credited text, sharing no word with its headline, stays an item of its own. Every snippet
is invented."""

from app.parsing import parse_page


def _page(*blocks: str) -> str:
    return "\n\n" + "\n\n".join(blocks) + "\n"


def test_the_feature_goes_on_under_its_first_head():
    [article] = parse_page(_page(
        "海外华文媒体走进柳湾",
        "感受柳湾山区新变化",
        "5月19日至23日,来自多个国家的华文媒体记者走进柳湾县,感受当地的新变化。",
        "5天时间,采访团走访了白沙镇的三个村,纷纷表示要讲好柳湾故事。□本报记者 林小河",
        "山区群众生活越过越好",
        "来到白沙镇青松村,采访团成员走进村民王青家,只见家电一应俱全。",
    ))
    assert article.authors == ["林小河"] and article.sections == ["山区群众生活越过越好"]
    assert "王青" in article.body


def test_a_next_title_under_a_credited_text_stays_apart():
    articles = parse_page(_page(
        "海外华文媒体走进柳湾",
        "感受柳湾山区新变化",
        "5月19日至23日,来自多个国家的华文媒体记者走进柳湾县,感受当地的新变化。",
        "5天时间,采访团走访了白沙镇的三个村,纷纷表示要讲好柳湾故事。□本报记者 林小河",
        "青石镇油菜花开",
        "青石镇营前村的油菜花近日进入盛花期,吸引不少游客前来观赏。",
    ))
    assert [a.title for a in articles] == ["海外华文媒体走进柳湾", "青石镇油菜花开"]
