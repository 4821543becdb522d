"""A picture's credit naming who passed the picture on after `由` (`照片由柳湾村提供`, `图片由某某村委会提供`) credits a
village, a committee or a family, no photographer: it closes the caption above it as `…供图` does, and names no
one. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TEXT = ("入秋以来,青石县的茶农们天不亮就上山采茶,一筐筐新茶送进了村里的加工厂。",
         "茶农们说,今年的春茶价钱好,家家户户都盼着多采几筐。")


def _photo(caption: str, credit: str):
    text = page("茶乡新茶上市", *_TEXT) + "\n\n\n" + page("柳湾村的陈列馆", caption + "\n" + credit)
    return parse_page(text)[1]


def test_village_that_passed_on_the_picture():
    photo = _photo("村史陈列馆。", "照片由柳湾村提供")
    assert photo.kind == "photo"
    assert photo.title == "柳湾村的陈列馆"
    assert photo.body == "村史陈列馆。"
    assert photo.authors == []


def test_committee_that_passed_on_the_picture():
    photo = _photo("柳湾村的村史陈列馆里,村民在看老照片。", "照片由柳湾村委会提供")
    assert photo.body == "柳湾村的村史陈列馆里,村民在看老照片。"
    assert photo.authors == []
