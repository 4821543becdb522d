"""A feature whose opening paragraphs name no place yet (`增收是农民最渴望实现的梦想之一。`), then a head and text
naming a village: every place the text below names is new to an article that has named none, so places tell nothing,
and the head heads the feature's first part. Under an article that named its own places, a head over text about
another place still titles a new item. Every snippet is invented."""

from app.parsing import parse_page


def _page(*blocks: str) -> str:
    return "\n\n" + "\n\n".join(blocks) + "\n"


def test_a_head_under_an_opening_naming_no_place():
    [article] = parse_page(_page(
        "两名代表话增收",
        "□ 本报记者 林小河",
        "增收是农民最渴望实现的梦想之一。",
        "3月7日,围绕增收这一主题,两名代表建言献策。面对新形势,必须要有新思路。",
        "困难村,\n下活增收“一盘棋”",  # (the head on two lines at its comma)
        "白沙县青松乡柳湾村是一个深度困难村,470户村民中有163户是困难户。",
        "村委会将集体土地承包给困难户,引导大家种植蔬菜,去年每亩收入达到2000元。",
    ))
    assert article.sections == ["困难村, 下活增收“一盘棋”"] and "柳湾村" in article.body


def test_a_head_over_another_place_under_a_placed_article_is_a_title():
    articles = parse_page(_page(
        "青石镇召开增收大会",
        "3月7日,柳湾县青石镇召开农民增收大会,青石镇各村代表参加会议。",
        "会上,青石镇营前村介绍了发展蔬菜产业的经验。",
        "白沙镇油菜花开",
        "白沙镇青松村的油菜花近日进入盛花期,吸引不少游客前来观赏。",
    ))
    assert [a.title for a in articles] == ["青石镇召开增收大会", "白沙镇油菜花开"]
