"""Rules that make place tagging hold on real local reporting, each on a short made-up text."""

from app.places.model import ArticleText, PlaceTags
from app.places.tagger import tag_page

SUZHOU_NANTONG = ("苏州市", "南通市")


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


def test_a_bare_name_of_one_town_in_all_china_used_again_in_its_city(gazetteer):
    body = "苏州赏梅季昨天开幕,光福的梅园游人如织。到了周末,光福的农家乐也忙了起来。"
    assert where(tag(gazetteer, None, body)) == ("苏州市", "吴中区", "光福镇")
    assert where(tag(gazetteer, None, "苏州赏梅季昨天开幕,光福的梅园游人如织。")) == ("苏州市", None, None)


def test_a_bare_name_many_towns_share_is_not_settled_by_the_city_alone(gazetteer):
    body = "苏州的朋友推荐了凤凰传媒的新书。凤凰的编辑说,这本书讲的是江南园林。"
    assert "凤凰镇" not in mentioned(tag(gazetteer, None, body))


def test_a_town_written_after_the_full_county_name(gazetteer):
    tags = tag(gazetteer, None, "相城区渭塘河道整治完工,两岸新栽了树。")
    assert where(tags) == ("苏州市", "相城区", "渭塘镇")


def test_a_bare_name_that_is_also_a_hill_or_lake_needs_the_town_named_in_full(gazetteer):
    tags = tag(gazetteer, "常熟园林漫谈", "常熟城里多园林,虞山脚下的旧宅尤其多,虞山一带游人不断。")
    assert where(tags) == ("苏州市", "常熟市", None)
    tags = tag(gazetteer, "常熟园林漫谈", "常熟市虞山街道修缮旧宅,虞山脚下游人不断。")
    assert where(tags) == ("苏州市", "常熟市", "虞山街道")


def test_a_bare_name_that_is_also_a_lake_is_the_town_where_the_text_calls_it_one(gazetteer):
    body = "苏州高新区西部的太湖边,有个叫镇湖的小镇,家家户户做刺绣。"
    assert where(tag(gazetteer, "镇湖小镇:一根针绣出的产业", body)) == ("苏州市", "虎丘区", "镇湖街道")
    assert where(tag(gazetteer, "湖边渔民", "苏州相城区的阳澄湖边上,渔民们在收网。")) == ("苏州市", "相城区", None)


def test_a_city_short_form_does_not_swallow_a_county_name(gazetteer):
    tags = tag(gazetteer, "苏州虎丘区开展安全检查", "检查覆盖全区各街道。")
    assert where(tags) == ("苏州市", "虎丘区", None)


def test_a_district_under_its_former_county_name(gazetteer):
    tags = tag(gazetteer, None, "黎里镇地处吴江市东南,镇上有座纪念馆。")
    assert where(tags) == ("苏州市", "吴江区", "黎里镇")


def test_an_everyday_short_name_from_the_alias_table(gazetteer):
    assert where(tag(gazetteer, None, "启东吕四渔港开渔了,吕四的码头一片繁忙。")) == ("南通市", "启东市", "吕四港镇")


def test_a_name_unique_to_one_town_needs_only_its_city_around_it(gazetteer):
    body = "吕四自古产盐。旧海门县志记载,吕四场设于五代,吕四的盐船沿运河西去。"
    assert where(tag(gazetteer, "鹤城旧事", body)) == ("南通市", "启东市", "吕四港镇")


def test_a_former_name_of_a_town_from_the_alias_table(gazetteer):
    assert where(tag(gazetteer, None, "苏州降雪,太湖西山岛上的梅花冒雪开放。")) == ("苏州市", "吴中区", "金庭镇")
    assert "金庭镇" not in mentioned(tag(gazetteer, None, "海边的西山岛上住着几户渔民。"))


# A headline (or opening) naming a county or city, a body about one place in it


def test_a_county_headline_narrows_to_the_town_the_body_keeps_naming(gazetteer):
    body = "浏河镇新建的滨江大道通车。浏河镇负责人说,浏河还将建设文旅街区,城厢镇也派人观摩。"
    assert where(tag(gazetteer, "太仓:接轨上海步子更快", body)) == ("苏州市", "太仓市", "浏河镇")


def test_a_county_headline_stays_county_wide_when_the_body_spreads_over_towns(gazetteer):
    body = "城厢镇、浏河镇、沙溪镇、璜泾镇各有分工,城厢镇牵头。"
    assert where(tag(gazetteer, "太仓市部署秋冬季防火", body)) == ("苏州市", "太仓市", None)


def test_a_county_feature_visiting_one_town_more_than_others_stays_county_wide(gazetteer):
    body = ("太仓的秋天从田野开始。沙溪镇的老街上游人如织,沙溪镇的米糕刚出笼,沙溪镇的茶馆坐满了人。"
            "浏河镇的渔船归港,璜泾镇的稻田金黄。太仓市今年接待游客再创新高。")
    assert where(tag(gazetteer, "锦绣太仓 秋日行", body)) == ("苏州市", "太仓市", None)


def test_a_town_named_once_in_passing_does_not_narrow_a_county_article(gazetteer):
    body = "会议总结全年工作,南丰镇作了交流发言。"
    assert where(tag(gazetteer, "张家港市召开年度总结会", body)) == ("苏州市", "张家港市", None)


def test_a_city_headline_narrows_to_the_county_and_town_of_the_body(gazetteer):
    body = "沙溪地处大理剑川县西南。沙溪古镇的集市已有数百年,沙溪人至今赶集。"
    assert where(tag(gazetteer, "大理沙溪古镇", body)) == ("大理白族自治州", "剑川县", "沙溪镇")


# An article about a village


def test_a_village_written_after_its_town_and_named_again_gives_the_town(gazetteer):
    body = "张家港市持续推进文明实践。傍晚,锦丰镇合兴村文化广场上村民们跳起了广场舞,合兴村的书屋也开到了深夜。"
    assert where(tag(gazetteer, None, body)) == ("苏州市", "张家港市", "锦丰镇")


def test_an_article_headed_by_a_village_is_about_the_first_town_it_names(gazetteer):
    body = "东园村位于海安市曲塘镇南部,与雅周镇相邻。东园村共有二十个村民小组,种植大米和蚕桑。"
    assert where(tag(gazetteer, "东园村简介", body)) == ("南通市", "海安市", "曲塘镇")


def test_one_village_under_its_towns_former_name_and_its_present_one_gives_the_present_town(gazetteer):
    body = ("您现在的位置 : 江苏省 > 苏州市 > 常熟市 > 琴川街道 > 青枫村\n"
            "虞山镇青枫村位于虞山镇东部,由原来两个村合并而成。青枫村共有二十个村民小组。")
    assert where(tag(gazetteer, None, body)) == ("苏州市", "常熟市", "琴川街道")


def test_a_village_named_once_after_its_town_is_an_address_in_passing(gazetteer):
    body = "吴江区推广智慧蚕桑,震泽镇众安村蚕农领到新设备,吴江的丝绸产业再上台阶。吴江区明年继续推广。"
    assert where(tag(gazetteer, "吴江蚕桑有新招", body)) == ("苏州市", "吴江区", None)


def test_of_several_towns_in_the_opening_the_one_the_text_is_about_wins(gazetteer):
    body = "曲塘镇地处海安市西部,东邻海安街道,南与雅周镇接壤。曲塘镇下辖18个村,曲塘镇政府驻曲水路。"
    assert where(tag(gazetteer, None, body)) == ("南通市", "海安市", "曲塘镇")


# Town names shared by many provinces


def test_the_other_place_named_in_the_text_wins_over_the_home_region(gazetteer):
    body = "城厢古镇在成都市青白江区,城厢的老街保留着县治格局,城厢镇的茶馆坐满了人。"
    tags = tag(gazetteer, None, body)
    assert where(tags) == ("成都市", "青白江区", "城厢镇")


def test_a_text_about_elsewhere_naming_the_home_county_once_gets_no_home_town(gazetteer):
    body = ("沙溪古镇位于云南剑川县,剑川的沙溪是茶马古道上的集市。全国名叫沙溪的古镇还有一处在江苏太仓,"
            "那里的沙溪镇也有名。")
    tags = tag(gazetteer, None, body)
    assert where(tags) == ("大理白族自治州", "剑川县", "沙溪镇")
    assert tags.place.code == "532931104"  # not 太仓's 沙溪镇, which the text names in passing


def test_a_neighbouring_town_settles_which_namesake_is_meant(gazetteer):
    body = "周庄村位于周庄镇中东部,东与华士镇华西村接壤,周庄镇的企业多。"
    assert where(tag(gazetteer, None, body)) == ("无锡市", "江阴市", "周庄镇")


def test_a_famous_product_or_battle_names_its_town_elsewhere(gazetteer):
    body = "烧饼节开幕当天,老街上的黄桥烧饼摊排起长队,摊主说黄桥决战的故事让这块饼出了名。"
    tags = tag(gazetteer, "烧饼节开街", body)
    assert where(tags) == ("泰州市", "泰兴市", "黄桥镇")
    assert "黄桥街道" not in mentioned(tags)  # 相城's namesake


def test_visitors_are_not_where_the_article_is(gazetteer):
    body = ("6月16日,陕西省咸阳市党政代表团到我市学习交流,泰州市领导陪同。"
            "代表团来到黄桥镇,了解黄桥老区的发展。")
    tags = tag(gazetteer, "咸阳市党政代表团到我市学习交流", body)
    assert where(tags) == ("泰州市", "泰兴市", "黄桥镇")
    assert "咸阳市" in mentioned(tags)  # still a place the article names


def test_a_home_delegation_visiting_elsewhere_files_the_article_elsewhere(gazetteer):
    body = "常熟市党政考察团一行赴姜堰参观溱湖湿地,同行的还有沙家浜镇负责人。姜堰区领导陪同,沙家浜镇与溱湖签约。"
    tags = tag(gazetteer, None, body)
    assert tags.place is None or tags.place.city not in SUZHOU_NANTONG


def test_a_visit_told_without_a_delegation_word_files_the_article_at_the_host(gazetteer):
    body = "甘肃省天水市政协副主席带队一行8人来吴江考察丝绸产业。考察组参观了丝绸市场和一家纺织企业。"
    assert where(tag(gazetteer, None, body)) == ("苏州市", "吴江区", None)


def test_a_home_county_organising_a_visit_elsewhere_files_the_article_at_the_host(gazetteer):
    body = "按照年度安排,常熟市政协组织委员赴吴江区开展异地视察。委员们走进震泽古镇,了解蚕桑文化。"
    assert where(tag(gazetteer, "常熟市政协开展异地视察", body)) == ("苏州市", "吴江区", None)


def test_a_county_visiting_one_of_its_own_towns_is_about_the_town(gazetteer):
    body = "吴江区委书记带队到同里镇调研文旅融合工作,察看了古镇保护项目。"
    assert where(tag(gazetteer, None, body)) == ("苏州市", "吴江区", "同里镇")


# Zones and counties as a whole


def test_a_town_named_as_a_development_zone_is_reported_county_wide(gazetteer):
    body = "江苏启东吕四港经济开发区设立于1996年。开发区总规划面积210平方公里,吕四港建设加快。"
    assert where(tag(gazetteer, "东方大港", body)) == ("南通市", "启东市", None)


def test_a_statistics_zone_town_is_reported_county_wide(gazetteer):
    tags = tag(gazetteer, None, "昆山开发区今年迎来建区四十周年,开发区的企业纷纷举办活动。")
    assert where(tags) == ("苏州市", "昆山市", None)


def test_a_zone_alias_makes_the_article_county_wide(gazetteer):
    body = "汾湖高新区由黎里、芦墟等镇合并而成。汾湖高新区东靠上海,黎里古镇游客不断,黎里的老街热闹。"
    assert where(tag(gazetteer, "汾湖高新区:接轨上海", body)) == ("苏州市", "吴江区", None)


def test_the_bare_word_for_the_zone_refers_back_to_it_where_the_zone_is_named(gazetteer):
    body = ("周六上午,两百多位居民在苏州中心广场跳起快闪。活动由园区湖东社工委主办,园区各社区都派了队伍。"
            "明年苏州工业园区迎来三十岁生日。")
    assert where(tag(gazetteer, None, body)) == ("苏州市", "苏州工业园区", None)


def test_the_bare_word_for_a_zone_alone_names_no_zone(gazetteer):
    tags = tag(gazetteer, None, "苏州一家物流园区扩建仓库,园区负责人说年底完工。")
    assert "苏州工业园区" not in mentioned(tags)


def test_a_zone_named_more_often_than_the_merged_town_in_the_opening(gazetteer):
    body = ("汾湖东接上海青浦,黎里古镇就在汾湖腹地。汾湖高新区这几年引进了不少企业,"
            "汾湖的新城区也渐渐成形,年轻人愿意留在汾湖。")
    assert where(tag(gazetteer, "烟雨江南里的新城", body)) == ("苏州市", "吴江区", None)


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


def test_a_village_placed_in_its_town_under_its_name_without_cun_gives_the_town(gazetteer):
    body = ("扬中快讯\n红星村在乡村振兴的路上走在前列。每天上午,老人们都到红星村的活动室下棋。"
            "红星,位于西来桥北边的江边,抗战时是扬中县的水上要塞。如今红星村道路通畅,环境整洁。")
    assert where(tag(gazetteer, None, body)) == ("镇江市", "扬中市", "西来桥镇")
    # a name the text never writes with 村 is no village
    body = ("扬中快讯\n红星小学在乡村振兴的路上走在前列。每天上午,老人们都到活动室下棋。"
            "红星,位于西来桥北边的江边,抗战时是扬中县的水上要塞。如今道路通畅,环境整洁。")
    assert where(tag(gazetteer, None, body)) == ("镇江市", "扬中市", None)
