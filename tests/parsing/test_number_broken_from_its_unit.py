"""A paragraph the page broke between a number and its unit (`…在草场放牧350` / `只羊,身后…`): the first piece, right
under the title and shaped like a subtitle, is the lead's first words; no title ends on a bare number whose unit opens
the text below. Every snippet is invented."""

from app.parsing import parse_page


def _page(*blocks: str) -> str:
    return "\n\n" + "\n\n".join(blocks) + "\n"


def test_the_piece_under_the_title_is_the_lead():
    [article] = parse_page(_page(
        "青松村建成生态牧场",
        "40岁的牧民林小河挥着牧鞭在青松村的草场放牧350",
        "只羊,身后的天空显得空旷而悠远。",
        "林小河是柳湾县白沙镇青松村的牧羊人,也是村里合作社的股东。",
    ))
    assert article.subtitle is None
    assert article.body.startswith("40岁的牧民林小河挥着牧鞭在青松村的草场放牧350只羊,身后")


def test_a_title_ending_in_a_year_over_its_text_stays():
    [article] = parse_page(_page(
        "青松村迎来2025",
        "新年第一天,柳湾县白沙镇青松村的村民们早早来到村广场,参加迎新长跑活动。",
    ))
    assert article.title == "青松村迎来2025"
