"""Former names the divisions lists no longer carry: districts merged away and towns merged into
their neighbours are filed under the place that took them in. Short made-up texts."""

from tests.places.test_real_text_rules import mentioned, tag, where


def test_a_district_merged_away_is_filed_under_the_district_that_took_it_in(gazetteer):
    body = "昨晚,港闸区一个小区举行了邻里节,五百多名居民看了演出。"
    assert where(tag(gazetteer, "小区里的邻里节", body))[:2] == ("南通市", "崇川区")
    body = "2010年,平江区在老街上开了一家社区书场,每周演出两场。"
    assert where(tag(gazetteer, "老街上的书场", body))[:2] == ("苏州市", "姑苏区")


def test_two_streets_run_as_one_office_are_filed_under_the_first(gazetteer):
    body = "近日,狮山横塘街道组织居民登山,一路捡拾垃圾。"
    assert where(tag(gazetteer, "居民登山捡垃圾", body)) == ("苏州市", "虎丘区", "狮山街道")


def test_a_town_merged_into_another_is_filed_under_the_town_that_took_it_in(gazetteer):
    body = "2001年,吴江市庙港镇的渔民开始在太湖边养蟹,当年亩产过百斤。"
    assert where(tag(gazetteer, "太湖边的养蟹人", body)) == ("苏州市", "吴江区", "七都镇")
    # a name other provinces still carry is the former town only where its county is named
    body = "青云镇的茶园迎来采茶季,茶农们天不亮就上山。"
    assert where(tag(gazetteer, "茶园采茶季", body))[1] != "吴江区"


def test_a_street_written_with_the_town_it_was_before_is_that_street(gazetteer):
    # 漳江街道 was 漳江镇: no place bears that name now, so it is the 街道's
    body = "漳江镇的居民在广场上排练节目,镇文化站派人帮忙,漳江镇各社区都报了名。"
    assert where(tag(gazetteer, None, body)) == ("常德市", "桃源县", "漳江街道")
    # a 镇 that still exists keeps its name (泰兴's 黄桥镇, not 相城's 黄桥街道)
    body = "泰兴市黄桥镇的烧饼店排起了长队,黄桥镇的老街也热闹起来。"
    assert where(tag(gazetteer, None, body)) == ("泰州市", "泰兴市", "黄桥镇")


def test_a_town_written_as_the_township_it_was_before_is_that_town(gazetteer):
    # 梅山镇 was 梅山乡: no place bears that name now; three 梅山镇 do, so the county named before it says which
    body = "大田县梅山乡的茶园开采了。梅山乡的茶农说,今年雨水足,茶芽长得快。"
    assert where(tag(gazetteer, None, body)) == ("三明市", "大田县", "梅山镇")
    # with no county around it, which of them is not said
    body = "梅山乡的茶园开采了。梅山乡的茶农说,今年雨水足,茶芽长得快。"
    assert where(tag(gazetteer, None, body))[2] is None


def test_a_town_written_with_the_peoples_it_is_set_up_for_is_the_official_town(gazetteer):
    # the statistics list writes 拉林镇 as 拉林满族镇: the same town, not a place of its own
    body = "拉林满族镇的农户今年种了三百亩水稻,镇农技站派人下田指导。"
    assert where(tag(gazetteer, "稻田里的农技员", body)) == ("哈尔滨市", "五常市", "拉林镇")


def test_a_street_written_as_the_town_it_was_is_that_street_where_its_county_is_named(gazetteer):
    # 相城's 黄桥街道 was 黄桥镇, a name four other towns still bear: with 相城区 written, it is the street
    body = "相城区黄桥镇的居民在广场上排练节目。黄桥镇各社区都报了名,相城区文化馆派人指导。"
    assert where(tag(gazetteer, "社区居民排练节目", body)) == ("苏州市", "相城区", "黄桥街道")
    # with no county of its own around it, the town that bears the name now
    body = "泰兴市黄桥镇的居民在广场上排练节目。黄桥镇各社区都报了名。"
    assert where(tag(gazetteer, "社区居民排练节目", body)) == ("泰州市", "泰兴市", "黄桥镇")
    # right after its own city (无锡梅村镇, 无锡的梅村镇) the former name is the street, not 池州's 梅村镇 far away
    body = "无锡的梅村镇有座老庙,每年春天梅村镇都办庙会,四乡八邻的人都赶来看热闹。"
    assert where(tag(gazetteer, "老庙会", body)) == ("无锡市", "新吴区", "梅村街道")
    body = "梅村镇的茶农正在采茶,今年的新茶比往年早上市十天。"
    assert where(tag(gazetteer, "采茶忙", body)) == ("池州市", "贵池区", "梅村镇")  # (no city before it)


def test_a_county_seat_written_as_the_town_it_was_is_its_county(gazetteer):
    # 如皋镇, the county's seat before it became streets: no town bears the name now; it is 如皋, not a guess at a town
    body = "2009年,如皋镇某某村的村民种起了花木,当年每户多收了两千元。"
    assert where(tag(gazetteer, "某某村种花木增收", body)) == ("南通市", "如皋市", None)
    # a town that still bears a county's name keeps it (海门镇 is 汕头's)
    body = "汕头市潮阳区海门镇的渔民修补渔网,准备出海。"
    assert where(tag(gazetteer, "渔民修补渔网", body)) == ("汕头市", "潮阳区", "海门镇")


def test_a_merged_towns_old_name_written_bare_is_the_town_it_is_now(gazetteer):
    body = "吴江的芦墟,老街不长,观音桥就在街口。"  # 芦墟镇, merged into what is now 黎里镇
    assert where(tag(gazetteer, "老街的桥", body)) == ("苏州市", "吴江区", "黎里镇")
    # three times in the home region, as a current town's bare name would be
    body = "芦墟老街上的观音桥修好了。芦墟人说,这桥比镇上哪座都老。傍晚,芦墟的市河边坐满了乘凉的人。"
    assert where(tag(gazetteer, "老街的桥", body)) == ("苏州市", "吴江区", "黎里镇")
    # a town by the name it had before it was renamed (陈墓, 锦溪 since 1992)
    body = "昆山陈墓的桥多,老人说陈墓有三十六座半桥。"
    assert where(tag(gazetteer, "水乡的桥", body)) == ("苏州市", "昆山市", "锦溪镇")


def test_a_citys_name_of_old_set_in_its_past_is_the_city_not_the_district_named_so_now(gazetteer):
    body = ("南通城里的老人常说起濠河。后周时,通州古城在沙洲上筑起,护城的濠河一直流到今天。"
            "濠河边的老街、濠河上的桥,都是南通人的记忆。")
    assert where(tag(gazetteer, "一座城,一条河", body))[:2] == ("南通市", "崇川区")
    # today's district, in today's news, stays the district
    body = "南通市通州区今年新修了十条村道。通州区交通局说,明年还要再修十条。"
    assert where(tag(gazetteer, "通州修路", body))[:2] == ("南通市", "通州区")
    # and 北京's 通州古城, where 南通 is not named, stays 北京's
    body = "北京通州古城的城墙修好了,通州区的居民常来散步。"
    assert where(tag(gazetteer, "通州古城", body))[:2] == ("北京市", "通州区")


def test_a_revoked_town_is_filed_under_the_town_bearing_its_name_today(gazetteer):
    # 松陵镇 became streets, 松陵街道 among them: an old article on it is found where readers look today
    body = "吴江县松陵镇的老街上,有一家开了五十年的茶馆,每天清早坐满了喝茶的老人。"
    assert where(tag(gazetteer, "老街茶馆", body)) == ("苏州市", "吴江区", "松陵街道")
    body = "张家港市金港镇的江边,渔民们一早就出了船。"
    assert where(tag(gazetteer, "江边渔船", body)) == ("苏州市", "张家港市", "金港街道")
    # a 乡 the statistics bureau still lists, the ministry's 镇 now
    body = "新密市袁庄乡的小广场上,晚上摆起了夜市。"
    assert where(tag(gazetteer, "夜市", body)) == ("郑州市", "新密市", "袁庄镇")


def test_a_street_named_for_the_town_it_was_is_that_town_written_as_it_was(gazetteer):
    # 唐闸镇街道 was 唐闸镇: the old name, written as it was, is the street's
    body = "南通唐闸镇的老厂房里办起了一场市集,来逛的年轻人不少。"
    assert where(tag(gazetteer, "老厂房里的市集", body)) == ("南通市", "崇川区", "唐闸镇街道")
    # a name a town elsewhere bears now (内蒙古's 狼山镇) is the street's only where its county is named
    body = "崇川区狼山镇的山脚下,新修了一条绿道,市民常来散步。"
    assert where(tag(gazetteer, "山脚下的绿道", body)) == ("南通市", "崇川区", "狼山镇街道")


def test_a_citys_name_of_old_read_so_once_is_read_so_wherever_the_text_writes_it_bare(gazetteer):
    # 古通州城, 通州筑城: the old city; the same text's 通州 further on, bare, is the old city too, not today's 通州区
    body = ("说起南通的老城,人们总会想到濠河。这条河早年护着古通州,通州筑城那年挖成。"
            "后来州里的船都从通州的濠河进出,如今濠河边的老街还在。")
    assert where(tag(gazetteer, "濠河", body))[:2] == ("南通市", "崇川区")


def test_a_town_merged_away_named_bare_where_its_county_is_named_is_the_town_that_took_it_in(gazetteer):
    # 余西 merged into 二甲镇: its old streets are the town's
    body = "余西古镇有上千年的历史。通州区的文物部门说,余西的老街今年要修缮。"
    assert where(tag(gazetteer, "余西老街修缮", body)) == ("南通市", "通州区", "二甲镇")


def test_a_merged_home_towns_old_name_a_far_town_bears_up_front_is_read_without_fail(gazetteer):
    # 练塘镇: 上海's town, and the old name of 常熟's 尚湖镇 — the home town's count read by the name as written
    body = "练塘镇的茭白节今天开幕。练塘镇某某村的农户一早就把新摘的茭白摆上了摊。"
    assert where(tag(gazetteer, "练塘古镇茭白节开幕", body)) == ("上海市", "青浦区", "练塘镇")


def test_a_merged_home_towns_name_written_bare_or_in_full_is_the_town_that_took_it_in(gazetteer):
    # 白茆, merged into 古里镇 (芜湖's 白茆镇 stands: only where 常熟 is named); 芦墟, now in 黎里镇
    body = "常熟的白茆山歌唱了上千年。白茆镇的老人说,小时候下田干活,人人都会唱几句。"
    assert where(tag(gazetteer, "白茆山歌", body)) == ("苏州市", "常熟市", "古里镇")
    body = "芦墟的老街上,一到傍晚就坐满了乘凉的人。老人们说,芦墟的夏天从来不缺故事。"
    assert where(tag(gazetteer, "老街的夏夜", body)) == ("苏州市", "吴江区", "黎里镇")


def test_a_home_town_named_twice_beside_a_far_provinces_names_is_still_named(gazetteer):
    # not a lone far town of a text about 上海: the home town stays among the places named
    body = ("我们村地处芦墟最东头,东边挨着上海青浦的金泽镇。村里人赶集爱去金泽镇,"
            "上海的亲戚也常来。逢年过节,大家还是摇船去芦墟看戏。")
    assert "黎里镇" in mentioned(tag(gazetteer, "回不去的老家", body))
