"""Rules found on a sixteenth set of real texts, each shown on a short made-up text."""

from tests.places.test_real_text_rules import gazetteer, tag, where  # noqa: F401 (gazetteer: a fixture)


def test_a_trip_out_of_the_county_is_news_of_the_travellers_place(gazetteer):
    body = ("本报讯 3月2日,吴江区区长张三率队赴杭州市拜访企业、招商考察。杭州市的几家企业介绍了发展情况,"
            "双方就合作项目深入交流。")
    assert where(tag(gazetteer, "张三率队在杭州招商", body)) == ("苏州市", "吴江区", None)
    # the city around both ends is not where they set out from
    body = ("为落实苏州市委部署,相城区黄桥街道干部一行带队赴姑苏区平江街道考察交流,参观了街区改造。"
            "平江街道介绍了经验。")
    assert where(tag(gazetteer, None, body))[:2] == ("苏州市", "相城区")


def test_a_trip_inside_the_travellers_county_is_news_of_the_town_visited(gazetteer):
    body = "11月3日,海安市政协副主席带队赴李堡镇开展调研,察看了镇上的工地和企业。"
    assert where(tag(gazetteer, None, body)) == ("南通市", "海安市", "李堡镇")
