"""A comma title of two phrases (`小事见真情,服务暖人心`) between paragraphs of an article without a
dateline heads a news item of its own when the text under it dates its event in a town or street the
article above never named and opens by saying what the event was for (`为…,`), as news items open: it is not
a section head of that article. Under the same line, a feature going on with its story, or text going
on about the article's own places keeps it a section head. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_FEATURE = ("这几年,青松镇的老街换了新模样,石板路重新铺过,沿街的旧铺面也刷成了白墙黛瓦。",
            "镇上的老茶馆重新开张,每天早上都有老人来喝茶听书,外地游客也慕名而来。")
_ELSEWHERE = "为丰富老人生活,3月8日上午白沙街道在社区广场举办了义诊和理发活动,来了两百多位老人。"
_SAME_PLACE = "为丰富老人生活,3月8日上午青松镇在社区广场举办了义诊和理发活动,来了两百多位老人。"


def test_a_comma_title_over_a_lead_dated_elsewhere_starts_an_article():
    articles = parse_page(page("青松镇的新变化", *_FEATURE, "小事见真情,服务暖人心", _ELSEWHERE))
    assert [a.title for a in articles] == ["青松镇的新变化", "小事见真情,服务暖人心"]
    assert articles[1].body.startswith("为丰富老人生活")


def test_the_same_line_over_text_about_the_articles_own_town_is_a_section_head():
    [article] = parse_page(page("青松镇的新变化", *_FEATURE, "小事见真情,服务暖人心", _SAME_PLACE))
    assert article.sections == ["小事见真情,服务暖人心"]


def test_a_features_section_going_on_with_its_story_stays_a_section_head():
    story = "9月12日,参访团来到白沙街道青松社区,看了社区的食堂和图书室,还和居民聊起了家常。"
    [article] = parse_page(page("参访团走访社区侧记", *_FEATURE, "邻里多走动,携手情谊深", story))
    assert article.sections == ["邻里多走动,携手情谊深"]
