"""A credit line in brackets ending in `摄影报道` (`(某某 摄影报道)`: who took the pictures and wrote their
lines) is a picture's credit, as one ending in `摄` or `摄影` is: the caption over it, printed one blank line under an
article that closes without a credit, is a photo of its own, its photographer the name before the role, and not the
article's writer. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TEXT = ("春节前夕,柳湾县驻村工作队走进大岭村,挨家挨户看望独居老人,送去米面油和过冬的棉衣,并详细询问老人们的身体状况"
         "和生活需要。")
_CAPTION = "每次工作队来看望老人并宣讲政策,都是大岭村三组某某一家最开心的时候。"


def test_a_bracketed_credit_ending_in_photo_report_closes_a_caption_under_an_article():
    article, photo = parse_page(page("工作队进村送温暖", _TEXT, _CAPTION + "\n(王小明 摄影报道)"))
    assert article.kind == "article" and article.authors == [] and "王小明" not in article.body
    assert photo.kind == "photo" and photo.body.startswith("每次工作队来看望")
    assert photo.authors == ["王小明"]
