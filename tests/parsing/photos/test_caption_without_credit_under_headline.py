"""A photo's caption printed on one line without a credit between a headline and its body is a photo
of its own, not the subtitle, when its words say what a picture shows: a corner of a scene (`果园一角`)
or people doing something, named first (`同学们…`, `大家一起…`). A line that restates or extends the
title stays its subtitle. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.shapes import describes_a_picture
from tests.helpers import by_title, every_line_apart, page

_TEXT = "青松村的老人在自家门前的空地上种菜,一只旧木箱、几个破瓦盆都成了小菜园,邻居们常来串门。"
_DATED = "本报讯(记者 张三 通讯员 李四)9月20日,白沙镇中心小学的学生来到青松村,跟着村里的老人学做月饼。"


def _photo(articles):
    [photo] = [a for a in articles if a.kind == "photo"]
    return photo


def test_a_corner_of_a_scene_under_a_title_is_a_photo():
    articles = parse_page(page("青松村:旧物种出新菜园", "果园一角", _TEXT))
    article = by_title(articles, "青松村:旧物种出新菜园")
    assert article.subtitle is None and article.body.startswith("青松村的老人")
    assert _photo(articles).body == "果园一角"


def test_people_doing_something_under_a_kicker_and_title_is_a_photo():
    articles = parse_page(page("白沙镇中心小学", "月饼飘香庆中秋 师生同乐一家亲", "同学们分组合作一起做月饼", _DATED))
    article = by_title(articles, "月饼飘香庆中秋 师生同乐一家亲")
    assert (article.kicker, article.subtitle, article.authors) == ("白沙镇中心小学", None, ["张三", "李四"])
    assert "同学们" not in article.body and _photo(articles).body == "同学们分组合作一起做月饼"


def test_the_caption_is_cut_out_with_every_line_apart():
    articles = parse_page(every_line_apart("青松村:旧物种出新菜园", "果园一角", _TEXT, width=30))
    assert by_title(articles, "青松村:旧物种出新菜园").subtitle is None
    assert _photo(articles).body == "果园一角"


def test_a_subtitle_extending_its_title_stays():
    for subtitle in ("为乡村振兴添活力", "大家的事大家商量着办"):
        [article] = parse_page(page("青松村议事会开进田头", subtitle, _TEXT))
        assert article.subtitle == subtitle


def test_what_a_caption_is_worded_as():
    assert describes_a_picture("果园一角") and describes_a_picture("大家一起动手打扫楼道")
    assert describes_a_picture("志愿者们正在清理河道")
    assert not describes_a_picture("我们一起向前走吧")  # a pronoun, not people in a picture
    assert not describes_a_picture("大家的事大家办") and not describes_a_picture("——记青松村的一角")
