"""The day a picture was taken, in brackets at the end of its caption, stays the caption's when its figures are
spaced from their words (`(2023 年 3 月 8 日摄)`), as `(2023年3月8日摄)` does: it names no one, and the credit
is the line under the caption. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_BODY = ("一座桥,曾让青石县柳湾村的村民犯了好多年的愁:过河要绕十几里山路。",
         "转机出现在前年,柳湾村和邻近8个村组成联盟,修桥的事被摆上了桌面。")
_CAPTION = "柳湾村支书王红(右)介绍村里的新茶(2023 年 3 月 8 日摄)"


def test_spaced_day_stays_in_the_caption_between_headline_and_body():
    article, photo = parse_page(page("一座桥连起九个村", _CAPTION + "\n李明摄 / 本报", *_BODY))
    assert article.title == "一座桥连起九个村"
    assert article.credits == []
    assert article.body.startswith("一座桥,曾让青石县")
    assert photo.body == _CAPTION
    assert photo.authors == ["李明"]
