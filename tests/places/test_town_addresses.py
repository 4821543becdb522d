"""A town written as an address right after its county or zone, up front, under a headline naming
only the county or zone, is where the news is. Short made-up texts."""

from tests.places.test_real_text_rules import gazetteer, tag, where  # noqa: F401 (gazetteer: a fixture)


def test_a_town_written_with_its_zone_as_one_name_is_an_address(gazetteer):
    body = "近日,苏州工业园区斜塘街道一个社区开展楼道清理,居民们纷纷点赞。社区还将每月组织一次。"
    assert where(tag(gazetteer, "苏州园区社区清理楼道", body)) == ("苏州市", "苏州工业园区", "斜塘街道")


def test_a_zone_text_naming_two_of_its_towns_stays_zone_wide(gazetteer):
    body = "近日,苏州工业园区斜塘街道和唯亭街道的社区开展楼道清理,居民们纷纷点赞。"
    assert where(tag(gazetteer, "苏州园区社区清理楼道", body)) == ("苏州市", "苏州工业园区", None)


def test_the_town_said_right_after_the_sentence_naming_the_county_is_the_place(gazetteer):
    body = "画面里是一片金黄的稻田。航拍镜头下的苏州高新区美不胜收。在镇湖街道,农民们正在收割晚稻。"
    assert where(tag(gazetteer, "航拍稻田", body)) == ("苏州市", "虎丘区", "镇湖街道")
