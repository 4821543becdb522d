"""Rules of the eighteenth round, each shown on a short made-up text."""

from tests.places.test_real_text_rules import gazetteer, tag, where  # noqa: F401 (gazetteer: a fixture)


def test_a_town_the_opening_takes_the_reader_to_with_its_community_is_the_venue(gazetteer):
    body = "3月2日,几位区人大代表来到江陵街道江兴社区,听取居民对停车难的意见。代表们一一记下。"
    assert where(tag(gazetteer, "人大代表在吴江听民意", body)) == ("苏州市", "吴江区", "江陵街道")
    body = "据悉,这次改造的小区位于平江街道拙政园社区,涉及三幢楼。改造将在月底开工。"
    assert where(tag(gazetteer, "苏州一老小区将改造", body)) == ("苏州市", "姑苏区", "平江街道")


def test_a_town_and_village_without_a_word_that_takes_the_reader_there_is_an_example(gazetteer):
    body = "吴江区推广桑蚕新技术,震泽镇众安村蚕农说效果好。全区今年推广三千亩。"
    assert where(tag(gazetteer, "吴江区推广新技术", body)) == ("苏州市", "吴江区", None)
    body = "代表们先来到江陵街道江兴社区,又走进八坼街道龙津社区,听取居民意见。"
    assert where(tag(gazetteer, "人大代表在吴江听民意", body)) == ("苏州市", "吴江区", None)


def test_the_city_a_headline_names_before_a_visit_in_is_the_visitors(gazetteer):
    body = ("5月8日,无锡市委副书记率队来通考察。一行参观了如东县的风电产业园和洋口港。"
            "他说,如东的海上风电走在前列。如东县委书记陪同。")
    tags = tag(gazetteer, "无锡市领导率队来通考察", body)
    assert where(tags)[:2] == ("南通市", "如东县")
    # a headline naming only the visitors, over a body naming nothing else, keeps them
    assert where(tag(gazetteer, "无锡市领导率队来考察", "5月8日,无锡市领导率队来考察,看了三家企业。"))[0] == "无锡市"


def test_a_city_headline_over_a_body_naming_one_county_of_it_is_that_county(gazetteer):
    body = "中午时分,食堂里坐满了老人。太仓推出“老来乐”助餐项目,老人每餐只花十元。老人们都说好。"
    assert where(tag(gazetteer, "江苏苏州:小食堂吃出大幸福", body)) == ("苏州市", "太仓市", None)
    body = "中午时分,食堂里坐满了老人。太仓和常熟都推出了助餐项目,老人每餐只花十元。"
    assert where(tag(gazetteer, "江苏苏州:小食堂吃出大幸福", body)) == ("苏州市", None, None)
