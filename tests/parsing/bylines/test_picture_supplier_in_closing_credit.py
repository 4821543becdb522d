"""A closing credit in brackets naming the writers, `文`, and who supplied the pictures (`(林小禾 王青 文
图片由青石村提供)`) credits the writers: the picture note names a village, a body or an office, no one. Every snippet is
invented."""

from app.parsing import parse_page
from tests.helpers import page

_TEXT = "青石村确定了今年的志愿服务项目,二十名志愿者与村里独居、行动不便的老人结成一对一服务,每月上门探访一次。"


def test_the_writers_before_the_picture_note_are_credited():
    [article] = parse_page(page("青石村开展一对一志愿服务", _TEXT + "(林小禾 王青 文 图片由青石村提供)"))
    assert article.authors == ["林小禾", "王青"] and article.body.endswith("探访一次。")
