"""A photo's credit printed after a box mark (`■张三 摄`, `□ 本报记者 张三 摄`) is the photo's credit:
the mark sets it apart as it sets a byline apart, but a line ending in `摄` credits a picture. Under a
caption between a headline and its dated text it leaves the headline to that text. Every snippet is
invented."""

from app.parsing import parse_page
from app.parsing.bylines.credits import box_byline_names, photo_credit_names
from tests.helpers import by_title, every_line_apart, page

_TITLE = "青松村有了第一个老年人协会"
_CAPTION = "协会成立当天,白沙镇卫生院的医生来村里为老人量血压。"
_DATED = "本报讯 (记者 张三) 5月6日,白沙镇青松村老年人协会正式成立,全村三百多名老人有了自己的“家”。"


def _photo(articles):
    [photo] = [a for a in articles if a.kind == "photo"]
    return photo


def test_a_marked_credit_under_a_caption_between_headline_and_text():
    articles = parse_page(page(_TITLE, _CAPTION + "\n■李四 摄", _DATED))
    article = by_title(articles, _TITLE)
    assert article.authors == ["张三"] and article.body.startswith("5月6日")
    photo = _photo(articles)
    assert photo.body == _CAPTION and photo.authors == ["李四"]


def test_the_same_with_every_line_apart():
    articles = parse_page(every_line_apart(_TITLE, _CAPTION, "■李四 摄", _DATED, width=30))
    assert by_title(articles, _TITLE).authors == ["张三"]
    assert _photo(articles).authors == ["李四"]


def test_marked_credit_names():
    for line in ("■李四 摄", "□ 本报记者 李四 摄", "◎李四摄"):
        assert box_byline_names(line, line) is None
        assert photo_credit_names(line, line) == ["李四"]
    assert box_byline_names("■ 本报记者 李四", "■ 本报记者 李四") == ["李四"]
