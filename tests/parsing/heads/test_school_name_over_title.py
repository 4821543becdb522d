"""A school's name alone on the line over a title (`某某镇中心小学` over `庆元旦 迎新年`), as a paper's
school column prints each item under the school it comes from, is the title's kicker: the line below
stays the title. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_FIRST = "本报讯 元旦前夕,青松镇中心小学的孩子们写春联、剪窗花,把教室装扮一新。"
_SECOND = "本报讯 12月20日,白沙中学举办科技节,学生们带来了自己动手做的小发明。"


def test_a_school_name_over_a_title_is_its_kicker():
    articles = parse_page(page("青松镇中心小学", "写春联 迎新年", _FIRST, "白沙县白沙中学", "科技节上展创意", _SECOND))
    assert [(a.kicker, a.title) for a in articles] == [
        ("青松镇中心小学", "写春联 迎新年"), ("白沙县白沙中学", "科技节上展创意")]
    assert all(a.subtitle is None for a in articles)


def test_a_title_naming_what_a_school_did_stays_the_title():
    [article] = parse_page(page("青松镇中心小学举办科技节", _SECOND))
    assert article.title == "青松镇中心小学举办科技节"
    assert article.kicker is None
