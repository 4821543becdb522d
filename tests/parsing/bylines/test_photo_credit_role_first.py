"""A photo's credit printed with its role word first (`摄影 张三`, `摄影:张三`) under a one-line caption,
as sites set a picture's credit: the photographer's credit, the caption a photo of its own, not a
headline over a subtitle. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.bylines.credits import photo_credit_names
from tests.helpers import page

_ARTICLE = page("青松村书屋变了样", "本报讯 白沙镇青松村的农家书屋建成已经十多年了,平时常有村民进去看书,孩子们也爱来。")


def _photo(articles):
    [photo] = [a for a in articles if a.kind == "photo"]
    return photo


def test_a_role_first_credit_under_a_one_line_caption():
    for credit in ("摄影 张三", "摄影:张三", "攝影  張三"):
        photo = _photo(parse_page(_ARTICLE + "\n\n\n白沙镇青松村稻田\n" + credit + "\n"))
        assert (photo.title, photo.body, photo.authors) == (None, "白沙镇青松村稻田",
                                                            ["张三"] if "张" in credit else ["張三"])


def test_role_first_credit_names():
    assert photo_credit_names("摄影 张三 李四", "摄影 张三 李四") == ["张三", "李四"]
    assert photo_credit_names("摄影:张三", "摄影:张三") == ["张三"]
    assert photo_credit_names("摄影作品展在青松村开幕", "摄影作品展在青松村开幕") is None
