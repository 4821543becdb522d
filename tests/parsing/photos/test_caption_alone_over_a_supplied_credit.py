"""One paragraph standing alone with no title, printed under an article closed by its credit, right over a
supplied picture's credit (`(某某村村委会供图)`): the caption of an untitled photo, as over `张三 摄`; no headless
text of its own. Every snippet is invented."""

from app.parsing import parse_page


def test_a_caption_under_a_closed_article_over_a_supplied_credit():
    page = "\n\n" + "\n\n".join([
        "白沙镇举办农民丰收节",
        "本报讯 9月23日,柳湾县在白沙镇举办农民丰收节,各村农户带来瓜果蔬菜参加展示。",
        "本报记者 林夕",
        "林夕(右)在白沙镇青松村采访。\n(青松村村委会供图)",
    ]) + "\n"
    article, photo = parse_page(page)
    assert article.title == "白沙镇举办农民丰收节" and article.authors == ["林夕"]
    assert photo.kind == "photo" and photo.title is None and photo.body == "林夕(右)在白沙镇青松村采访。"
