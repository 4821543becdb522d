"""A summary's label printed alone over the text it sums up (`核心提示`, `内容提要`) opens that text: it is no headline,
and a comma title above it stays the article's title. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_ONE = "近年来,柳湾县把美丽乡村建设作为乡村振兴的基础工作,统筹推进村庄规划、环境整治和产业发展,全县村庄面貌焕然一新。"
_TWO = "走进大岭村,村道干净整洁,房前屋后栽满了花木,村民王五说:“现在的村子,城里人都羡慕。”"


def test_a_summary_label_under_a_comma_title_opens_the_text():
    (article,) = parse_page(page("幸福,从美丽乡村开始", "核心提示", _ONE, _TWO))
    assert article.title == "幸福,从美丽乡村开始" and article.kicker is None
    assert article.body.startswith("核心提示") and article.body.endswith("城里人都羡慕。”")


def test_a_summary_label_under_a_plain_title():
    (article,) = parse_page(page("大岭村的新村规", "内容提要", _ONE, _TWO))
    assert article.title == "大岭村的新村规" and article.body.startswith("内容提要")
