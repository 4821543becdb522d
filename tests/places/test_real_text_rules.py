"""Rules that make place tagging hold on real local reporting, each on a short made-up text."""

import pytest

from app.places.gazetteer import load_gazetteer
from app.places.model import ArticleText, PlaceTags
from app.places.tagger import tag_page

SUZHOU_NANTONG = ("苏州市", "南通市")


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def tag(gazetteer, title: str | None, body: str) -> PlaceTags:
    return tag_page(gazetteer, [ArticleText(title=title, kicker=None, subtitle=None, body=body)])[0]


def where(tags: PlaceTags) -> tuple[str | None, str | None, str | None]:
    place = tags.place
    return (place.city, place.county, place.town) if place else (None, None, None)


def mentioned(tags: PlaceTags) -> set[str]:
    return {m.name for m in tags.mentions}


# A town without its suffix


def test_a_bare_town_name_counts_where_its_county_is_named(gazetteer):
    body = "周末去了趟吴江。同里古镇游人不少,同里的老街刚刚修缮完毕。"
    assert where(tag(gazetteer, None, body)) == ("苏州市", "吴江区", "同里镇")


def test_a_bare_town_name_without_its_county_is_not_a_place(gazetteer):
    assert tag(gazetteer, "同里的早晨", "老街上的茶馆一早就开门了。").place is None


def test_a_town_written_after_its_city(gazetteer):
    body = "苏州渭塘的珍珠市场人头攒动,渭塘的商户忙着打包发货。"
    assert where(tag(gazetteer, None, body)) == ("苏州市", "相城区", "渭塘镇")


def test_a_town_written_after_the_full_county_name(gazetteer):
    tags = tag(gazetteer, None, "相城区渭塘河道整治完工,两岸新栽了树。")
    assert where(tags) == ("苏州市", "相城区", "渭塘镇")


def test_a_bare_name_that_is_also_a_hill_or_lake_needs_the_town_named_in_full(gazetteer):
    tags = tag(gazetteer, "常熟园林漫谈", "常熟城里多园林,虞山脚下的旧宅尤其多,虞山一带游人不断。")
    assert where(tags) == ("苏州市", "常熟市", None)
    tags = tag(gazetteer, "常熟园林漫谈", "常熟市虞山街道修缮旧宅,虞山脚下游人不断。")
    assert where(tags) == ("苏州市", "常熟市", "虞山街道")


def test_a_city_short_form_does_not_swallow_a_county_name(gazetteer):
    tags = tag(gazetteer, "苏州虎丘区开展安全检查", "检查覆盖全区各街道。")
    assert where(tags) == ("苏州市", "虎丘区", None)


def test_a_district_under_its_former_county_name(gazetteer):
    tags = tag(gazetteer, None, "黎里镇地处吴江市东南,镇上有座纪念馆。")
    assert where(tags) == ("苏州市", "吴江区", "黎里镇")


def test_an_everyday_short_name_from_the_alias_table(gazetteer):
    assert where(tag(gazetteer, None, "启东吕四渔港开渔了,吕四的码头一片繁忙。")) == ("南通市", "启东市", "吕四港镇")


# A headline (or opening) naming a county or city, a body about one place in it


def test_a_county_headline_narrows_to_the_town_the_body_keeps_naming(gazetteer):
    body = "浏河镇新建的滨江大道通车。浏河镇负责人说,浏河还将建设文旅街区,城厢镇也派人观摩。"
    assert where(tag(gazetteer, "太仓:接轨上海步子更快", body)) == ("苏州市", "太仓市", "浏河镇")


def test_a_county_headline_stays_county_wide_when_the_body_spreads_over_towns(gazetteer):
    body = "城厢镇、浏河镇、沙溪镇、璜泾镇各有分工,城厢镇牵头。"
    assert where(tag(gazetteer, "太仓市部署秋冬季防火", body)) == ("苏州市", "太仓市", None)


def test_a_town_named_once_in_passing_does_not_narrow_a_county_article(gazetteer):
    body = "会议总结全年工作,南丰镇作了交流发言。"
    assert where(tag(gazetteer, "张家港市召开年度总结会", body)) == ("苏州市", "张家港市", None)


def test_a_city_headline_narrows_to_the_county_and_town_of_the_body(gazetteer):
    body = "沙溪位于大理剑川县西南部。沙溪古镇的集市已有数百年,沙溪人至今赶集。"
    assert where(tag(gazetteer, "大理沙溪古镇", body)) == ("大理白族自治州", "剑川县", "沙溪镇")


def test_of_several_towns_in_the_opening_the_one_the_text_is_about_wins(gazetteer):
    body = "曲塘镇地处海安市西部,东邻海安街道,南与雅周镇接壤。曲塘镇下辖18个村,曲塘镇政府驻曲水路。"
    assert where(tag(gazetteer, None, body)) == ("南通市", "海安市", "曲塘镇")


# Town names shared by many provinces


def test_the_other_place_named_in_the_text_wins_over_the_home_region(gazetteer):
    body = "城厢古镇位于成都市青白江区,城厢的老街保留着县治格局,城厢镇的茶馆坐满了人。"
    tags = tag(gazetteer, None, body)
    assert where(tags) == ("成都市", "青白江区", "城厢镇")


def test_a_text_about_elsewhere_naming_the_home_county_once_gets_no_home_town(gazetteer):
    body = "沙溪古镇位于云南剑川县,剑川的沙溪是茶马古道上的集市。全国名叫沙溪的古镇还有一处在江苏太仓,那里的沙溪镇也有名。"
    tags = tag(gazetteer, None, body)
    assert where(tags) == ("大理白族自治州", "剑川县", "沙溪镇")
    assert tags.place.code == "532931104"  # not 太仓's 沙溪镇, which the text names in passing


def test_a_neighbouring_town_settles_which_namesake_is_meant(gazetteer):
    body = "周庄村位于周庄镇中东部,东与华士镇华西村接壤,周庄镇的企业多。"
    assert where(tag(gazetteer, None, body)) == ("无锡市", "江阴市", "周庄镇")


def test_visitors_are_not_where_the_article_is(gazetteer):
    body = ("6月16日,陕西省咸阳市党政代表团来我市参观考察,泰州市领导陪同。"
            "代表团来到黄桥镇,了解黄桥老区的发展。")
    tags = tag(gazetteer, "咸阳市党政代表团来我市参观考察", body)
    assert where(tags) == ("泰州市", "泰兴市", "黄桥镇")
    assert "咸阳市" in mentioned(tags)  # still a place the article names


def test_a_home_delegation_visiting_elsewhere_files_the_article_elsewhere(gazetteer):
    body = "常熟市党政考察团一行赴姜堰参观溱湖湿地,同行的还有沙家浜镇负责人。姜堰区领导陪同,沙家浜镇与溱湖签约。"
    tags = tag(gazetteer, None, body)
    assert tags.place is None or tags.place.city not in SUZHOU_NANTONG


# Zones and counties as a whole


def test_a_town_named_as_a_development_zone_is_reported_county_wide(gazetteer):
    body = "江苏启东吕四港经济开发区成立于1996年。开发区总规划面积210平方公里,吕四港建设加快。"
    assert where(tag(gazetteer, "东方大港", body)) == ("南通市", "启东市", None)


def test_a_statistics_zone_town_is_reported_county_wide(gazetteer):
    tags = tag(gazetteer, None, "昆山开发区今年迎来建区四十周年,开发区的企业纷纷举办活动。")
    assert where(tags) == ("苏州市", "昆山市", None)


def test_a_zone_alias_makes_the_article_county_wide(gazetteer):
    body = "汾湖高新区由黎里、芦墟等镇合并而成。汾湖高新区东靠上海,黎里古镇游客不断,黎里的老街热闹。"
    assert where(tag(gazetteer, "汾湖高新区:接轨上海", body)) == ("苏州市", "吴江区", None)


# Words that look like places


def test_literary_names_of_suzhou_are_not_the_district(gazetteer):
    body = "吴王筑姑苏台,积木塞渎,木渎由此得名。木渎古镇在吴中区,姑苏城外的游客也来木渎。"
    tags = tag(gazetteer, None, body)
    assert where(tags) == ("苏州市", "吴中区", "木渎镇")
    assert "姑苏区" not in mentioned(tags)


def test_town_names_that_are_common_words_need_their_county(gazetteer):
    tags = tag(gazetteer, "这个昆山最小城镇改写“小”的定义", "昆山市陆家镇面积不大,陆家的企业却不少。")
    assert where(tags) == ("苏州市", "昆山市", "陆家镇")
    assert not {"小城镇", "中心镇"} & mentioned(tag(gazetteer, None, "中心镇和小城镇建设都要抓。"))


def test_words_hiding_place_names_are_not_places(gazetteer):
    assert "海口市" not in mentioned(tag(gazetteer, None, "长江入海口的滩涂上建起了新港。"))
    tags = tag(gazetteer, None, "昆山的企业在上海陆家嘴设立了总部。")
    assert "陆家镇" not in mentioned(tags)
