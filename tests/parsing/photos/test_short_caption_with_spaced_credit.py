"""A short caption without a full stop and its photographer on one line, set apart by a space
(`孩子们在河边放风筝 张三 摄`), is a captioned photo, under a lead inside the text or after it: not a section
head, not a photo's title. A photographer's credit alone stays a credit. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_TITLE = "柳塘村的风筝节"
_LEAD = "4月2日,柳塘村在河边草坪上办起第三届风筝节,附近几个村的孩子们都赶来参加。"
_MORE = ("今年的风筝节设置了最高、最远、最美三个奖项,评委由村里的老手艺人担任,"
         "获奖的孩子们领到了村里准备的文具和图书。")
_LAST = "村委会主任说,风筝节已经成了柳塘村的一张名片,明年还将邀请城里的学校一起参加。"


def test_a_caption_with_its_credit_under_the_lead_is_a_photo_inside_the_text():
    articles = parse_page(page(_TITLE, _LEAD, "孩子们在河边放风筝 吴小兰 摄", _MORE, _LAST))
    article = by_title(articles, _TITLE)
    assert article.sections == [] and "放风筝" not in article.body and article.body.endswith(_LAST)
    [photo] = [a for a in articles if a.kind == "photo"]
    assert photo.title is None and photo.body == "孩子们在河边放风筝" and photo.authors == ["吴小兰"]


def test_a_caption_with_its_credit_after_the_text_is_a_photo():
    articles = parse_page(page(_TITLE, _LEAD, _MORE, _LAST, "风筝节一角 吴小兰 摄"))
    assert by_title(articles, _TITLE).body.endswith(_LAST)
    [photo] = [a for a in articles if a.kind == "photo"]
    assert photo.title is None and photo.body == "风筝节一角" and photo.authors == ["吴小兰"]


def test_names_alone_before_the_mark_stay_a_credit():
    from app.parsing.photos.short_captions import short_caption_credit
    assert short_caption_credit("吴小兰 周大山 摄") is None
    assert short_caption_credit("本报记者 吴小兰 摄") is None
    assert short_caption_credit("孩子们在河边放风筝 吴小兰 摄") is not None
