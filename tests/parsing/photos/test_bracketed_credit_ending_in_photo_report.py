"""A credit line in brackets ending in `摄影报道` (`(某某 摄影报道)`: who took the pictures and wrote their
lines) is a picture's credit, as one ending in `摄` or `摄影` is: the caption over it, printed one blank line under an
article that closes without a credit, is a photo of its own, its photographer the name before the role, and not the
article's writer. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TEXT = "腊月二十三,柳湾县派驻大岭村的工作组带着被褥和年货走访了十二户留守老人,还帮几户人家修好了漏风的窗户。"
_CAPTION = "工作组的小王给独居的某某老人贴上新春联,老人笑得合不拢嘴。"


def test_a_bracketed_credit_ending_in_photo_report_closes_a_caption_under_an_article():
    article, photo = parse_page(page("工作组进村送年货", _TEXT, _CAPTION + "\n(王小明 摄影报道)"))
    assert article.kind == "article" and article.authors == [] and "王小明" not in article.body
    assert photo.kind == "photo" and photo.body.startswith("工作组的小王")
    assert photo.authors == ["王小明"]
