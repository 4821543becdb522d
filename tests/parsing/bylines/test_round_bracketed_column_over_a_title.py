"""A column's name in round brackets over a title (`(乡村行·看振兴)`), as sites print it: over a headline, at the page's
top or under another headline line, it closes no text, so it is the title's kicker, not a credit. Every snippet is
invented."""

from app.parsing import parse_page


def test_a_round_bracketed_column_at_the_top_is_the_kicker():
    page = "\n\n" + "\n\n".join([
        "(乡村行·看振兴)",
        "柳湾青松村:合作社让村民鼓起腰包",
        "秋收时节,走进柳湾县白沙镇青松村,条块相连的金色稻田绘就一幅乡村画卷。",
        "近年来,青松村在驻村工作队帮扶下发展特色产业,村集体经济不断壮大。",
    ]) + "\n"
    [article] = parse_page(page)
    assert article.kicker == "(乡村行·看振兴)" and article.title == "柳湾青松村:合作社让村民鼓起腰包"
    assert article.authors == []


def test_a_bracketed_name_closing_a_text_stays_its_credit():
    page = "\n\n" + "\n\n".join([
        "青松村合作社分红",
        "近日,柳湾县白沙镇青松村合作社举行分红大会,村民们领到了分红。",
        "(林小河)",
        "青石镇油菜花开",
        "青石镇营前村的油菜花近日进入盛花期,吸引不少游客前来观赏。",
    ]) + "\n"
    first, second = parse_page(page)
    assert first.authors == ["林小河"] and second.kicker is None
