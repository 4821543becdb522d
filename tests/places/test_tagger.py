"""Place tagging rules, each on a small made-up article."""

import pytest

from app.places.gazetteer import load_gazetteer
from app.places.model import ArticleText, PlaceTags, PrimaryPlace
from app.places.tagger import tag_page


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def article(title: str | None, body: str = "", kicker: str | None = None, subtitle: str | None = None) -> ArticleText:
    return ArticleText(title=title, kicker=kicker, subtitle=subtitle, body=body)


def tag_one(gazetteer, item: ArticleText, **options) -> PlaceTags:
    return tag_page(gazetteer, [item], **options)[0]


def mention_codes(tags: PlaceTags) -> list[str]:
    return [m.code for m in tags.mentions]


# 城东街道 exists in 江阴市, 崇川区 and 海陵区 alone within 江苏.


def test_ambiguous_town_is_resolved_by_the_county_in_the_article(gazetteer):
    tags = tag_one(gazetteer, article("城东街道开展防汛演练", "近日,江阴市城东街道组织居民开展防汛演练。"))
    assert tags.place == PrimaryPlace("无锡市", "江阴市", "城东街道", "320281006")


def test_ambiguous_town_is_resolved_by_the_other_articles_of_the_page(gazetteer):
    page = [
        article("崇川区召开防汛工作会议", "会议要求各街道做好准备。"),
        article("城东街道改造老旧小区", "区委书记来到城东街道,了解改造进展。"),
    ]
    tags = tag_page(gazetteer, page)[1]
    assert tags.place == PrimaryPlace("南通市", "崇川区", "城东街道", "320613001")


def test_ambiguous_town_is_resolved_by_the_home_region(gazetteer):
    # 东南街道: in 常熟市, and in provinces far away (四川 among them).
    item = article("东南街道开展消防演练", "东南街道组织居民学习灭火器使用。")
    assert tag_one(gazetteer, item).place.code == "320581003"
    assert tag_one(gazetteer, item, home_region="四川省").place.code == "511302004"


def test_a_name_that_cannot_be_resolved_is_left_out(gazetteer):
    tags = tag_one(gazetteer, article("城东街道开展防汛演练", "城东街道组织居民开展防汛演练。"))
    assert tags.place is None
    assert tags.mentions == []


def test_organisation_names_are_not_places_but_their_branch_city_is(gazetteer):
    tags = tag_one(gazetteer, article("厚植清廉文化", "近期,江西银行南京分行发布清廉品牌。", kicker="江西银行南京分行"))
    assert tags.place == PrimaryPlace("南京市", None, None, "320100")
    assert "360000" not in mention_codes(tags)  # 江西省


def test_streets_named_after_places_are_not_places(gazetteer):
    tags = tag_one(gazetteer, article("夜市开张", "位于长江路与南京东路交界的夜市昨晚开张。"))
    assert tags.place is None
    assert tags.mentions == []


def test_a_company_name_still_says_its_city(gazetteer):
    tags = tag_one(gazetteer, article("企业获评先进", "苏州益赢机械有限公司获评年度先进企业。"))
    assert tags.place == PrimaryPlace("苏州市", None, None, "320500")


@pytest.mark.parametrize(
    "title, county, town",
    [
        ("吴中木渎举行消防安全周", "吴中区", "木渎镇"),
        ("太仓浮桥共商基层治理", "太仓市", "浮桥镇"),
        ("昆山周市协商民生事宜", "昆山市", "周市镇"),
        ("相城黄桥探路村庄治理", "相城区", "黄桥街道"),
    ],
)
def test_a_town_without_its_suffix_next_to_its_county(gazetteer, title, county, town):
    place = tag_one(gazetteer, article(title, "活动吸引了众多居民参加。")).place
    assert (place.city, place.county, place.town) == ("苏州市", county, town)


def test_a_bare_short_town_name_is_not_a_place(gazetteer):
    assert tag_one(gazetteer, article("木渎举行消防安全周", "活动吸引了众多居民参加。")).place is None


@pytest.mark.parametrize(
    "title, body, county, town",
    [
        ("苏州科技城启动新行动", "活动吸引了众多居民参加。", "虎丘区", "东渚街道"),
        ("苏州高新区枫桥街道设立工作室", "工作室由老党员坐镇。", "虎丘区", "枫桥街道"),
        ("园区斜塘街道排查隐患", "苏州工业园区斜塘街道开展专项整治。", "苏州工业园区", "斜塘街道"),
        ("胜浦街道聚焦群众需求", "胜浦街道青年汇社区安装烟感报警器。", "苏州工业园区", "胜浦街道"),
        ("园区月亮湾为充电桩上保险", "苏州工业园区月亮湾工委升级充电桩。", "苏州工业园区", None),
        ("吴江汾湖高新区推进消防安全", "汾湖高新区加大检查力度。", "吴江区", None),
        ("昆山青阳办事处整治飞线充电", "青阳办事处清理飞线1200余根。", "昆山市", None),
    ],
)
def test_zones_and_aliases(gazetteer, title, body, county, town):
    place = tag_one(gazetteer, article(title, body)).place
    assert (place.city, place.county, place.town) == ("苏州市", county, town)


def test_kunshan_qingyang_office_is_not_jiangyin_qingyang_town(gazetteer):
    tags = tag_one(gazetteer, article("昆山青阳办事处整治飞线充电", "青阳办事处清理飞线1200余根。"))
    assert "320281107" not in mention_codes(tags)  # 江阴市青阳镇


def test_a_generic_alias_needs_its_city_around(gazetteer):
    assert tag_one(gazetteer, article("月亮湾为充电桩上保险", "月亮湾工委升级充电桩。")).place is None


def test_a_bare_generic_alias_refers_back_to_the_fuller_name(gazetteer):
    tags = tag_one(gazetteer, article("昆山高新区写好为民答卷", "苏州表彰先进地区,昆山高新区位列全省高新区第六。"))
    assert "320505" not in mention_codes(tags)  # 苏州高新区 (虎丘区)


def test_a_county_wide_article_has_no_town(gazetteer):
    tags = tag_one(gazetteer, article("姑苏区专项整治安全隐患", "近日,姑苏区机制办在双塔街道、平江街道开展检查。"))
    assert tags.place == PrimaryPlace("苏州市", "姑苏区", None, "320508")
    assert {"320508005", "320508008"} <= set(mention_codes(tags))  # the 街道 are still mentions


def test_without_a_headline_place_the_opening_sentence_decides(gazetteer):
    body = "“梅雨季节要到了。”近日,姑苏区双塔街道组织志愿者巡查。吴中区木渎镇也派人参加。"
    place = tag_one(gazetteer, article("志愿者巡查楼道", body)).place
    assert (place.county, place.town) == ("姑苏区", "双塔街道")


def test_an_article_naming_no_place_takes_the_county_of_its_page(gazetteer):
    page = [
        article("崇川区召开防汛工作会议", "崇川区要求各街道做好准备。"),
        article("崇川启动助企活动", "崇川区举办助企活动。"),
        article("市民观察团用活监督机制", "观察团成员开展巡查。"),
    ]
    assert tag_page(gazetteer, page)[2].place == PrimaryPlace("南通市", "崇川区", None, "320613")


def test_traditional_characters_are_tagged_like_simplified(gazetteer):
    tags = tag_one(gazetteer, article("工業園區勝浦街道 聚焦群眾需求", "近日,蘇州工業園區勝浦街道開展檢查。"))
    assert tags.place == PrimaryPlace("苏州市", "苏州工业园区", "胜浦街道", "320506010")


def test_words_that_equal_far_away_place_names_are_not_places(gazetteer):
    body = "作为苏州老城区,家住海港新村、龙华工地附近的居民都来了。"
    tags = tag_one(gazetteer, article("居民议事", body))
    assert mention_codes(tags) == ["320500"]  # not 洛阳 老城区, 秦皇岛 海港区, 深圳 龙华区


def test_mentions_are_canonical_and_deduplicated(gazetteer):
    tags = tag_one(gazetteer, article("常熟尚湖镇擦亮品牌", "常熟市尚湖镇把侨联工作……尚湖镇侨联。"))
    assert [(m.name, m.level) for m in tags.mentions] == [("常熟市", "county"), ("尚湖镇", "town")]


def test_a_county_short_form_inside_other_words_is_not_a_place(gazetteer):
    # 弘扬中华 holds 扬中 (扬中市, 镇江): a short form in running text needs its city around.
    assert tag_one(gazetteer, article("传承家风", "我们要弘扬中华优秀传统文化。")).mentions == []
    tags = tag_one(gazetteer, article("镇江召开会议", "会议要求扬中做好长江岸线整治。"))
    assert "321182" in mention_codes(tags)
