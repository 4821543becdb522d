"""A text opening with the place it was sent from, its date and `电`, or the place and `讯`, then a name alone in
brackets (`白沙10月12日电(林小河)…`, `青石讯(王青)…`): a dateline naming its writer, though no outlet is printed. Every
snippet is invented."""

from app.parsing import parse_page
from app.parsing.bylines.credits import parse_dateline


def test_a_place_its_date_and_a_bare_name():
    lead = "白沙10月12日电(林小河)秋收时节,走进柳湾县白沙镇青松村,金色稻田连成一片。"
    dateline = parse_dateline(lead, lead)
    assert dateline is not None and dateline.authors == ["林小河"]


def test_a_county_papers_place_and_its_report_word():
    page = "\n\n" + "\n\n".join([
        "青石镇特色产业促增收",
        "青石讯(王青)今年以来,柳湾县青石镇围绕农民增收,发展特色产业,全镇农业增效明显。",
        "该镇组建了葡萄、蔬菜等专业合作社8个,带动农民约1000人增收。",
    ]) + "\n"
    [article] = parse_page(page)
    assert article.authors == ["王青"] and article.body.startswith("今年以来")


def test_a_sentence_with_a_bracket_is_no_dateline():
    text = "节约用电(王青)是每家每户都能做到的事。"
    assert parse_dateline(text, text) is None
