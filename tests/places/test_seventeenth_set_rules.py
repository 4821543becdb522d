"""Rules found on a seventeenth set of real texts, each shown on a short made-up text."""

from tests.places.test_real_text_rules import gazetteer, tag, where  # noqa: F401 (gazetteer: a fixture)


def test_flowers_and_trees_are_not_a_town_of_shanghai(gazetteer):
    body = ("记者走进海安的花木基地,苗木枝繁叶茂。种植户李四早年在上海打工,回乡后做起花木生意,"
            "带动乡亲们种花木致富。海安花木远销各地。")
    assert where(tag(gazetteer, "海安花木产业兴旺", body)) == ("南通市", "海安市", None)


def test_a_text_naming_no_place_is_about_the_county_whose_paper_it_credits(gazetteer):
    body = "来源:如东日报\n11月以来,开发区的网格员深入小区走访,帮居民修好了水管,清除了杂草。"
    assert where(tag(gazetteer, "网格员服务居民", body)) == ("南通市", "如东县", None)
    # a city's paper reports on the whole city and beyond: it gives nothing
    body = "来源:苏州日报\n11月以来,开发区的网格员深入小区走访,帮居民修好了水管,清除了杂草。"
    assert where(tag(gazetteer, "网格员服务居民", body)) == (None, None, None)
    # a text that names its own place is about that place, whoever printed it
    body = "来源:如东日报\n11月以来,海安市城东镇的网格员深入小区走访,帮居民修好了水管。"
    assert where(tag(gazetteer, "网格员服务居民", body)) == ("南通市", "海安市", "城东镇")
    # nor does a province named only in a zone's full name stop it
    body = "来源:如东日报 发布单位:江苏某某开发区\n近日,县指挥中心组织党员到社区开展志愿服务,清扫道路,清除小广告。"
    assert where(tag(gazetteer, "指挥中心开展志愿服务活动", body)) == ("南通市", "如东县", None)
