"""A picture's credit naming the person who gave it, `张三提供` on its own line under the caption (the name glued
to `提供` or spaced from it): a photo credit, the giver its one name, like `张三 摄`; an office's `提供` names
no one. Every snippet is invented."""

import pytest

from app.parsing import parse_page
from tests.helpers import page

_LEAD = "白沙渡口的老船工这个月正式退休,镇里给他办了一场简朴的欢送会,请来了他摆渡过的几代乘客。"
_MORE = "欢送会上,乘客们一个接一个地讲起了当年过河的往事,有人说着说着就红了眼眶。"
_CAPTION = "中秋节当天,柳塘村的老人们在村口的大榕树下包月饼。"


@pytest.mark.parametrize("credit", ["周小燕提供", "周小燕 提供"])
def test_the_giver_is_the_photo_credit(credit):
    article, photo = parse_page(page("老船工退休了", _LEAD, _MORE, _CAPTION + "\n" + credit))
    assert article.body.endswith("红了眼眶。")
    assert photo.kind == "photo" and photo.title is None
    assert photo.body == _CAPTION and photo.authors == ["周小燕"]
