"""A wrapped line of text that happens to open with a word for a page's staff (`制作…`, `统筹…`) and
goes on as a sentence, with commas, is text, not a staff line: it stays in its paragraph. Every
snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


_LINES = ("青松村的老手艺人说起当年的日子,总爱提起集市上的热闹,还有在那里",
          "制作竹篮竹椅的,以前我们这边的手艺要更好一点,外乡人也常来订货",
          ",现在学的人少了。")


def test_a_wrapped_line_opening_with_a_staff_word_stays_in_the_text():
    lead = "白沙镇近日为竹编手艺人办了一场展览,村民们纷纷前来观看,不少老人看得入了神。"
    text = page("白沙镇竹编展引来乡亲", lead, "\n".join(_LINES))
    [article] = parse_page(text)
    assert "制作竹篮竹椅的" in article.body


def test_with_every_line_apart_too():
    lead = "白沙镇近日为竹编手艺人办了一场展览,村民们纷纷前来观看,不少老人看得入了神。"
    text = page("白沙镇竹编展引来乡亲", lead, *_LINES)
    [article] = parse_page(text)
    assert "制作竹篮竹椅的,以前我们这边" in article.body
