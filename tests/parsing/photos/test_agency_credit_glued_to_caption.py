"""An agency's picture credit glued to the caption's full stop (`…收割晚稻。某某社发(张三摄)`), as sites
print a wire photo on one line, is the photo's credit: the line is a photo, not text running on into
the article above. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TEXT = "近日,青松社区组织志愿者走进小区,为老人测血压、讲解防骗知识,受到居民欢迎。"


def test_an_agency_credit_after_the_full_stop_makes_a_photo():
    articles = parse_page(page("志愿服务进小区",
                               _TEXT) + "\n\n\n" + "10月31日,白沙镇村民在田里收割晚稻。新华社发(林小川摄)\n")
    assert [a.kind for a in articles] == ["article", "photo"]
    assert articles[1].authors == ["林小川"]
    assert "收割晚稻" not in articles[0].body


def test_a_bracketed_note_after_a_sentence_stays_text():
    [article] = parse_page(page("志愿服务进小区", _TEXT + "居民们纷纷点赞(见下图)。"))
    assert article.kind == "article"
