"""A picture note printed on one line in brackets between a headline and its body (`(图为…)`, as a
site prints it under the title where the picture stood) is a photo of its own, not the headline's
last line: the headline keeps the line above it and the article its text. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.shapes import describes_a_picture
from tests.helpers import by_title, every_line_apart, page

_TITLE = "青松村:晚稻开镰,唱响秋收“欢乐歌”"
_TEXT = "10月8日上午,白沙镇青松村的稻田里一片繁忙,两台收割机在金色的稻浪间来回穿梭,村民们忙着装袋运粮。"


def _photo(articles):
    [photo] = [a for a in articles if a.kind == "photo"]
    return photo


def test_a_bracketed_picture_note_under_a_title_is_a_photo():
    articles = parse_page(page(_TITLE, "(图为村民在田头装运稻谷)", _TEXT))
    article = by_title(articles, _TITLE)
    assert article.subtitle is None and article.body.startswith("10月8日上午")
    assert _photo(articles).body == "(图为村民在田头装运稻谷)"


def test_the_note_is_cut_out_with_every_line_apart():
    articles = parse_page(every_line_apart(_TITLE, "(图为村民在田头装运稻谷)", _TEXT, width=30))
    assert by_title(articles, _TITLE).body.startswith("10月8日上午")
    assert _photo(articles).body == "(图为村民在田头装运稻谷)"


def test_what_a_picture_note_is():
    assert describes_a_picture("(图为村民在田头装运稻谷)") and describes_a_picture("(图为晚稻收割现场)")
    assert not describes_a_picture("(图为)") and not describes_a_picture("(白沙镇供稿)")


_ABOVE = ("本报讯 白沙镇青松村的晚稻进入收割期,村里组织党员志愿者帮助独居老人抢收,"
          "连日来已收割稻谷三百多亩。")


def test_a_title_ending_in_a_quoted_word_over_the_note_heads_the_text_below():
    articles = parse_page(page("青松村志愿者帮老人抢收", _ABOVE, _TITLE, "(图为村民在田头装运稻谷)", _TEXT))
    assert by_title(articles, "青松村志愿者帮老人抢收").body.endswith("三百多亩。")
    assert by_title(articles, _TITLE).body.startswith("10月8日上午")
    assert _photo(articles).body == "(图为村民在田头装运稻谷)"


def test_a_line_with_a_finished_sentence_over_a_note_stays_text():
    articles = parse_page(page("青松村志愿者帮老人抢收", _ABOVE, "大家干劲十足。", "(图为村民在田头装运稻谷)", _TEXT))
    assert all(a.title != "大家干劲十足。" for a in articles)
