"""A line of two phrases between an article's paragraphs is a section head (`党建引领,凝聚合力`), unless
it is the title of the news item below it: the item's lead repeats it word for word, or dates its
event in a town the head names and the article above never did. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def _page(head: str, lead: str) -> str:
    return page(
        "东街社区排查老旧小区安全隐患",
        "9月24日,东街社区对辖区老旧小区的消防通道、消防设施和私拉电线等情况进行了排查。",
        head,
        lead,
        "活动中,志愿者们还给路过的村民讲了用电常识,请大家一起把楼道管好。",
    )


def test_a_comma_title_the_lead_below_repeats_word_for_word_starts_a_new_article():
    text = _page("垃圾分类进农村,绿色生活新时尚",
                 "为提升村民对垃圾分类的认知,5月27日,县垃圾分类办到青松村开展“垃圾分类进农村,"
                 "绿色生活新时尚”主题宣传活动。")
    safety, sorting = parse_page(text)
    assert safety.sections == [] and safety.body.endswith("私拉电线等情况进行了排查。")
    assert sorting.title == "垃圾分类进农村,绿色生活新时尚" and sorting.body.startswith("为提升村民")


def test_a_comma_title_naming_the_town_of_a_dated_lead_starts_a_new_article():
    text = _page("白沙镇开展“扫净村巷,千人上阵”",
                 "为让村子更整洁,9月4日,白沙镇组织开展“扫净村巷·千人上阵”大扫除。")
    safety, cleanup = parse_page(text)
    assert safety.sections == []
    assert cleanup.title == "白沙镇开展“扫净村巷,千人上阵”" and cleanup.body.startswith("为让村子更整洁")


def test_a_slogan_section_head_over_a_dated_paragraph_stays_a_section():
    text = _page("党建引领,凝聚合力",
                 "9月25日,青松村党员志愿者又上门查看了三个小区的整改情况。")
    (safety,) = parse_page(text)
    assert safety.sections == ["党建引领,凝聚合力"]
