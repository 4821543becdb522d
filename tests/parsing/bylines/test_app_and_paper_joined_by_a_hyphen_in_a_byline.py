"""A byline naming an app, a hyphen and its paper before the roles (`新某某-某某日报 记者 张三 李四`) under the title:
both are outlets, no names; the writers are the names after the role. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_LEAD = "“大家盼了好几年的公交车,终于开到了家门口。”日前,河湾街道青石社区党委副书记说。"
_MORE = "这条支线全长不到5公里,沿途设了8个站,把周边几个小区和两所学校连了起来。"


def test_an_app_and_its_paper_joined_by_a_hyphen_are_no_writers():
    (article,) = parse_page(page("社区争来一条公交线", "新青石-青石日报 记者 王小明 李大力", _LEAD, _MORE))
    assert article.title == "社区争来一条公交线" and article.subtitle is None
    assert article.authors == ["王小明", "李大力"]
    assert article.body.startswith("“大家盼了")


def test_two_phrases_joined_by_a_hyphen_are_no_byline():
    (article,) = parse_page(page("社区争来一条公交线", "好好学习-天天向上", _LEAD, _MORE))
    assert article.authors == []
