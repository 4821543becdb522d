"""A line naming the kind of report it heads, notes taken on the spot (`…采访手记`, `…走访手记`), is the subtitle under
the title above it, as `…侧记` and `…札记` are, never a title under a kicker. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_BODY = ("岁末年初,记者走进青石县的山村。",
         "山村还留得住年轻人吗?记者看到的是:留得住,而且越来越多,他们回到家乡开民宿、搞直播。")


def test_notes_line_is_the_subtitle():
    (notes,) = parse_page(page("山村,不只是远方", "青石山村调研手记", *_BODY))
    assert notes.kicker is None
    assert notes.title == "山村,不只是远方"
    assert notes.subtitle == "青石山村调研手记"
