"""The paper's own reporter boxed after a paragraph's last sentence (`……讲好故事。□本报记者 张三`): the box, `本报` and
the role word credit the text as `……。记者 张三` does; the name is the article's author and leaves its text. Every
snippet is invented."""

from app.parsing import parse_page


def test_a_boxed_own_reporter_after_the_last_sentence():
    page = "\n\n" + "\n\n".join([
        "海外媒体走进柳湾",
        "5月19日至23日,来自多个国家的华文媒体记者走进柳湾县白沙镇,感受当地的新变化。",
        "5天时间,采访团走访了白沙镇的三个村,纷纷表示要讲好柳湾故事。□本报记者 林小河",
    ]) + "\n"
    [article] = parse_page(page)
    assert article.authors == ["林小河"]
    assert article.body.endswith("讲好柳湾故事。")


def test_the_magazines_own_reporter_too():
    page = "\n\n" + "\n\n".join([
        "青石镇的春茶",
        "青石镇的春茶近日开采,茶农们忙着采摘、炒制,一派繁忙景象。",
        "今年全镇春茶预计增收两成,茶农的日子越过越红火。■本刊记者 王青",
    ]) + "\n"
    [article] = parse_page(page)
    assert article.authors == ["王青"]
