"""A county's or a city's text over several of its places stays with the county or the city:
one place named a little more than the others is not where the news is. Short made-up texts."""

from tests.places.test_real_text_rules import gazetteer, tag, where  # noqa: F401 (gazetteer: a fixture)


def test_a_town_named_twice_beside_another_named_once_leaves_the_county_text_county_wide(gazetteer):
    body = ("近日,吴江区启动夏季河道保洁行动,区河长办组织各镇开展巡查。"
            "在震泽镇,保洁员清理河面水草;震泽镇还添了两条保洁船。平望镇也同步开展了清淤。")
    assert where(tag(gazetteer, "吴江区启动夏季河道保洁", body)) == ("苏州市", "吴江区", None)


def test_a_town_named_well_over_twice_the_others_is_still_the_place(gazetteer):
    body = ("近日,吴江区启动夏季河道保洁行动。在震泽镇,保洁员清理河面水草;震泽镇还添了两条保洁船,"
            "震泽镇的志愿者也来帮忙。平望镇也同步开展了清淤。")
    assert where(tag(gazetteer, "吴江区启动夏季河道保洁", body)) == ("苏州市", "吴江区", "震泽镇")


def test_a_city_text_over_two_of_its_counties_stays_with_the_city(gazetteer):
    body = "今年全市新建高标准农田五万亩。在常熟,种粮大户说收成好,辛庄镇的农机正在作业。昆山也在推进。"
    assert where(tag(gazetteer, "苏州推进高标准农田建设", body)) == ("苏州市", None, None)
    body = "今年全市新建高标准农田五万亩。在常熟,种粮大户说收成好,辛庄镇的农机正在作业,常熟的粮仓满了。昆山也在推进。"
    assert where(tag(gazetteer, "苏州推进高标准农田建设", body))[:2] == ("苏州市", "常熟市")


def test_a_headline_counting_items_over_its_county_lists_examples(gazetteer):
    body = "近日,吴江区举行重大项目集中开工仪式。在震泽镇,一座丝绸工厂破土动工;震泽镇还将新建一所学校。"
    assert where(tag(gazetteer, "吴江区12个项目集中开工", body)) == ("苏州市", "吴江区", None)
    assert where(tag(gazetteer, "吴江区12家工厂集中开工", body)) == ("苏州市", "吴江区", None)
    # a headline counting the items of one town names the town
    assert where(tag(gazetteer, "震泽镇3个项目集中开工", body)) == ("苏州市", "吴江区", "震泽镇")
