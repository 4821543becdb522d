"""Landmarks (app/places/landmarks.py, data/landmarks.csv): a garden, a hill or a park the text names, as a name of
its place. Short made-up texts."""

import csv

from app.places.gazetteer import DATA_DIR
from tests.places.test_real_text_rules import mentioned, tag, where


def test_every_landmark_is_a_place_of_the_gazetteer_and_no_places_own_name(gazetteer):
    with (DATA_DIR / "landmarks.csv").open(encoding="utf-8") as rows:
        table = list(csv.DictReader(rows))
    assert len(table) == len(gazetteer.landmarks) > 20  # none dropped as a place's name already
    for row in table:
        assert row["code"] in gazetteer, row
        assert len(row["landmark"]) >= 3 or row["landmark"] == "濠河", row  # two characters stand inside words
        assert gazetteer[row["code"]].level in ("city", "county", "town"), row


def test_a_landmark_settles_a_namesake_the_text_writes(gazetteer):
    # 通州区 is 南通's and 北京's; the park is 北京's
    body = "通州区举办秋日读书会,上百位居民带着孩子来到大运河森林公园,在草坪上朗读诗文。"
    assert where(tag(gazetteer, None, body)) == ("北京市", "通州区", None)
    body = "通州区举办秋日读书会,上百位居民带着孩子来到公园,在草坪上朗读诗文。"
    assert where(tag(gazetteer, None, body)) == ("南通市", "通州区", None)  # nothing says which: the home's


def test_a_landmark_up_front_is_the_place_of_a_text_naming_no_county(gazetteer):
    body = "清晨不到七点,苏州市民已在园门外排队,等着看池里新开的荷花。"
    assert where(tag(gazetteer, "拙政园荷花开了", body)) == ("苏州市", "姑苏区", None)
    assert where(tag(gazetteer, "暨阳湖边看烟花", "国庆夜,湖边挤满了人。")) == ("苏州市", "张家港市", None)
    # a county the text writes itself is never overridden; nor a city the landmark is not in
    body = "吴江区的游客结伴来看荷花,园里人头攒动。"
    assert where(tag(gazetteer, "拙政园荷花开了", body)) == ("苏州市", "吴江区", None)
    body = "杭州市民也赶来看荷花,园里人头攒动。"
    assert where(tag(gazetteer, "拙政园荷花开了", body))[1] is None


def test_a_landmark_up_front_narrows_a_citys_text_but_one_deep_in_it_is_a_stop(gazetteer):
    assert where(tag(gazetteer, "濠河夜景", "南通市民晚饭后沿河散步,灯光倒映在水里。")) == ("南通市", "崇川区", None)
    body = "假期头一天,苏州各处园林都迎来客流高峰。\n午后,拙政园里的荷花也开了,游客排起长队。"
    assert where(tag(gazetteer, "园林里的假日", body)) == ("苏州市", None, None)
    # the county the text writes once, the landmark's own, agrees with it
    body = ("傍晚的南通狼山国家森林公园一片金黄。\n多年修复之后,江边的码头变成了花海。\n"
            "如今在南通市崇川区,绿地连成一片。")
    assert where(tag(gazetteer, "江边秋色", body)) == ("南通市", "崇川区", None)


def test_a_landmark_hides_the_names_inside_it_and_a_longer_word_hides_it(gazetteer):
    # 东方 (海南's 东方市) inside the tower's name is no place
    tags = tag(gazetteer, "东方之门亮灯", "夜里九点,整座大楼亮起灯光,湖边游人纷纷拍照。")
    assert "东方市" not in mentioned(tags)
    assert where(tags) == ("苏州市", "苏州工业园区", None)
    # a road named after the garden is a road: no landmark
    tags = tag(gazetteer, "拙政园路开了家书店", "苏州市民周末多了个看书的去处。")
    assert where(tags) == ("苏州市", None, None)


def test_the_plum_slopes_of_a_town_written_alone_up_front_are_that_towns(gazetteer):
    body = "香雪海的梅花开了五成,白梅红梅沿着山坡一路开上去,周末来赏花的人排起了长队。"
    assert where(tag(gazetteer, "探梅正当时", body)) == ("苏州市", "吴中区", "光福镇")


def test_the_old_quarter_of_a_city_up_front_is_its_district(gazetteer):
    body = "西南营的几座老宅修好了,青砖黛瓦,门槛上钉着铜钉。南通的老人说,这里还是小时候的样子。"
    assert where(tag(gazetteer, "老宅新生", body))[:2] == ("南通市", "崇川区")


def test_a_landmark_the_text_keeps_naming_is_its_place_wherever_it_first_names_it(gazetteer):
    body = ("这座城在江海之间。\n傍晚的濠河边人来人往。老人说,濠河的水从长江来,"
            "南通人最爱在濠河边散步。")
    assert where(tag(gazetteer, "一座城,一条河", body))[:2] == ("南通市", "崇川区")
    # named once deep in, it is a stop of the city's feature
    body = "这座城在江海之间。\n傍晚的江边人来人往。南通人也爱在濠河边散步。"
    assert where(tag(gazetteer, "一座城,一条河", body))[:2] == ("南通市", None)


def test_an_old_street_outside_a_gate_is_its_district(gazetteer):
    body = "冬至前,老街上挤满了买菜的人,糕团店排起了长队。"
    assert where(tag(gazetteer, "逛葑门横街", body))[:2] == ("苏州市", "姑苏区")


def test_a_citys_old_city_up_front_is_the_district_it_lies_in_the_city_still_named(gazetteer):
    body = "南通老城区的几条小巷子里,还住着不少老人。巷口的烧饼摊开了三十年,早上总有人排队。"
    tags = tag(gazetteer, "小巷深处", body)
    assert where(tags)[:2] == ("南通市", "崇川区")
    assert "南通市" in mentioned(tags)  # the city's name is not hidden by the old city's
    body = "苏州古城里的一条小河,今年清淤后又能行船了。河边的居民说,水比从前清多了。"
    assert where(tag(gazetteer, "小河行船", body))[:2] == ("苏州市", "姑苏区")
    # a county of the text's own is where it is, the old city only a distance from it
    body = "苏州古城往西二十公里,吴中区新修了一条环湖步道,周末游人不少。"
    assert where(tag(gazetteer, "环湖步道", body))[:2] == ("苏州市", "吴中区")
    # the city's name without its old city is the city
    body = "苏州的小河今年清淤后又能行船了。河边的居民说,水比从前清多了。"
    assert where(tag(gazetteer, "小河行船", body))[:2] == ("苏州市", None)


def test_a_county_with_its_landmark_up_front_is_narrowed_to_the_landmarks_town(gazetteer):
    body = "吴中区的香雪海,梅花开了大半。周末上山赏梅的人多,山路上排起了长队。"
    assert where(tag(gazetteer, "赏梅正当时", body)) == ("苏州市", "吴中区", "光福镇")
    # another town of the county named too: the text says where it is, the county stays
    body = "吴中区的香雪海,梅花开了大半。木渎镇也办起了赏梅节,两地游人都不少。"
    assert where(tag(gazetteer, "赏梅正当时", body))[:2] == ("苏州市", "吴中区")


def test_far_counties_named_in_passing_do_not_keep_a_landmark_from_its_district(gazetteer):
    body = ("那年春天,一位老专家走在南通城里的西南营,看着老宅子连连称赞。"
            "他说,山西平遥、苏州周庄、云南丽江古城的保护他都经手过,西南营同样值得好好守住。")
    assert where(tag(gazetteer, "老街深巷里的一次漫步", body))[:2] == ("南通市", "崇川区")
