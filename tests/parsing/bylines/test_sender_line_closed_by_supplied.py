"""`某某村工作队供稿` on its own line under an article's text: the body that sent the text signs it, as an office's
signature does; the line closes the article and names nobody (`林小禾供稿`: that person). It is no kicker of
the headline under it. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.bylines.office_lines import office_signature_names
from app.text import fold
from tests.helpers import by_title, page


def test_the_sender_line_names_its_sender():
    assert office_signature_names("驻营前村工作队供稿", fold("驻营前村工作队供稿")) == []
    assert office_signature_names("林小禾供稿", fold("林小禾供稿")) == ["林小禾"]
    assert office_signature_names("乡里的麦子谁来收", fold("乡里的麦子谁来收")) is None


def test_the_line_closes_the_article_above_and_the_next_title_has_no_kicker():
    articles = parse_page(page("全员齐上阵 最忙麦收时", "机器轰鸣,人员如梭,麦田里到处是一片繁忙景象。",
                               "麦收正忙,有你、有我、有他……。", "驻营前村工作队供稿",
                               "白沙镇:八月稻飘香 中稻收割忙",
                               "本报讯 近日,白沙镇的中稻熟了,田里到处是收割、晾晒的农民。"))
    wheat = by_title(articles, "全员齐上阵 最忙麦收时")
    rice = by_title(articles, "白沙镇:八月稻飘香 中稻收割忙")
    assert "供稿" not in wheat.body and wheat.body.endswith("有他……。")
    assert rice.kicker is None


def test_a_head_over_text_a_sender_signs_is_no_section_of_a_credited_item_above():
    # a dated item credited to its reporters, then a head of two phrases over text the work team signs
    articles = parse_page(page("白沙镇助农抢收小麦",
                               "柳湾网讯(记者 林小禾 通讯员 王青)白沙镇乡村干部全程跟车作业,全镇小麦收获已超三成。",
                               "全员齐上阵 最忙麦收时", "机器轰鸣,人员如梭,麦田里到处是一片繁忙景象。",
                               "麦收正忙,有你、有我、有他……。", "驻营前村工作队供稿"))
    assert [a.title for a in articles] == ["白沙镇助农抢收小麦", "全员齐上阵 最忙麦收时"]
    assert articles[0].authors == ["林小禾", "王青"] and articles[1].authors == []
