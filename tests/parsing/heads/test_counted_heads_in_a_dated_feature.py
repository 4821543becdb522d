"""Heads that count the parts of a feature (`一是…`, `二是…`) are its sections, under a dateline as
anywhere: the count says the text goes on. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_LEAD = "本报讯(记者 林青)近日,青松镇中心小学围绕新学期校园安全,开展了一连串的安全教育活动。"
_FIRST = "开学第一天,校长在操场上给全校学生讲了上下学路上要注意的几件事,学生们听得很认真。"
_SECOND = "派出所民警走进教室,用身边的小故事讲了防骗和防溺水的常识,还给每个班发了宣传册。"
_THIRD = "夜里警报一响,住校生在老师带领下弯腰掩鼻,两分钟内全部跑到了操场上集合。"


def test_counted_heads_stay_sections_of_the_dated_feature():
    [article] = parse_page(page("青松小学开学安全课", _LEAD, "一是校长讲开学第一课", _FIRST,
                                "二是民警进校讲防骗", _SECOND, "三是住校生夜间疏散演练", _THIRD))
    assert article.title == "青松小学开学安全课"
    assert article.sections == ["一是校长讲开学第一课", "二是民警进校讲防骗", "三是住校生夜间疏散演练"]
    assert article.paragraphs[-1] == _THIRD


def test_a_sentence_opening_with_a_count_stays_text():
    [article] = parse_page(page("青松镇部署春耕", "本报讯 青松镇日前部署春耕工作,提出三点要求。",
                                "一是抓好种子和化肥的供应,二是修好沟渠,三是安排好农机。"))
    assert article.paragraphs[-1] == "一是抓好种子和化肥的供应,二是修好沟渠,三是安排好农机。"


def test_the_line_under_a_counted_head_is_its_text_even_when_the_column_broke_it():
    articles = parse_page(page("青松小学开学安全课", _LEAD, "一是校长讲开学第一课", _FIRST,
                               "二是民警进校讲防骗", "民警走进教室,用身边的小", "白沙镇举行消防演练",
                               "本报讯 日前,白沙镇组织机关干部开展消防演练,检验了应急预案。",
                               "故事讲了防骗和防溺水的常识。"))
    feature = articles[0]
    assert "二是民警进校讲防骗" in feature.sections
    assert "白沙镇举行消防演练" in [a.title for a in articles]
