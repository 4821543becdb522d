"""A picture's credit naming the photographer by a title before the name (`某某网签约摄影师 张三 摄`, `摄影师 张三
摄`): the title, with the site that signed the photographer, is no caption's words and no name, the name after it
the photographer's. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_CAPTION = "3月5日,青石县柳河镇的果农们在果园里给梨树剪枝,为新一季的丰收做准备。"


def test_site_signed_photographer():
    (photo,) = parse_page("\n\n" + page(_CAPTION + "\n青石网签约摄影师 周明远 摄"))
    assert photo.kind == "photo"
    assert photo.authors == ["周明远"]
    assert "摄影师" not in photo.body


def test_photographer_title_alone():
    (photo,) = parse_page("\n\n" + page(_CAPTION + "\n摄影师 周明远 摄"))
    assert photo.authors == ["周明远"]
    assert photo.body == _CAPTION
