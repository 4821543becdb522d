"""Namesakes and aliases: names shared by places far apart, words that are also place names, and the
other names a place goes by. Short made-up texts."""

from tests.places.test_real_text_rules import mentioned, tag, where


def test_each_namesake_in_a_list_is_the_town_of_the_county_before_it(gazetteer):
    body = ("全国叫沙溪的古镇有好几个,比如四川通江县沙溪镇、云南剑川县沙溪镇。"
            "这回我们去的是太仓市的沙溪古镇,沙溪的老街安安静静。")
    assert where(tag(gazetteer, "沙溪一日", body)) == ("苏州市", "太仓市", "沙溪镇")


def test_a_literary_name_of_a_county_is_not_the_town_that_shares_it(gazetteer):
    body = "太仓市的人说起娄东画派和娄东诗派,总是很自豪。娄东的书画展今年办到第十届。"
    assert where(tag(gazetteer, None, body)) == ("苏州市", "太仓市", None)


def test_city_names_that_are_also_words_need_their_province(gazetteer):
    assert tag(gazetteer, None, "我们沿着山南的小路上山,半山有座小庙。").place is None
    assert tag(gazetteer, None, "各地要确保社会长治久安,群众安居乐业。").place is None
    assert where(tag(gazetteer, None, "西藏山南的青稞今年丰收,山南各县忙着收割。")) == ("山南市", None, None)


def test_a_village_named_like_a_city_is_not_that_city(gazetteer):
    tags = tag(gazetteer, None, "苏州吴中区香山街道的舟山村,家家户户做核雕。舟山村的核雕作品远销各地。")
    assert "舟山市" not in {m.name for m in tags.mentions}
    assert where(tags) == ("苏州市", "吴中区", "香山街道")  # the town written before its village, 的 between


def test_a_community_named_like_a_far_city_is_not_that_city(gazetteer):
    body = ("日前,金家岭街道某某长春社区在某某长春花园广场办起邻里节,志愿者为居民理发、磨刀。"
            "金家岭街道社工站的志愿者也来了。")
    tags = tag(gazetteer, None, body)
    assert "长春市" not in {m.name for m in tags.mentions}
    assert where(tags) == ("青岛市", "崂山区", "金家岭街道")


def test_a_citys_own_community_health_centre_is_that_city(gazetteer):
    body = "长春社区卫生服务中心今年新开了夜间门诊,长春的居民看病更方便了。"
    assert where(tag(gazetteer, None, body)) == ("长春市", None, None)


def test_two_bare_names_unique_in_china_of_one_county_confirm_each_other(gazetteer):
    body = "古镇栟茶的石板街一早就热闹起来。栟茶的烧饼远近闻名,掘港的游客也常来栟茶买烧饼。"
    assert where(tag(gazetteer, None, body)) == ("南通市", "如东县", "栟茶镇")


def test_a_headline_naming_a_village_that_shares_a_far_citys_name_is_not_that_city(gazetteer):
    body = "绍兴村是太仓一个临江的小村。绍兴村的渔民世代打鱼,如今绍兴的鱼干卖到了全国。"
    tags = tag(gazetteer, "绍兴:江边渔村", body)
    assert "绍兴市" not in {m.name for m in tags.mentions}
    assert tags.place is None or tags.place.city != "绍兴市"


def test_a_headline_name_the_text_gives_to_several_namesakes_is_no_one_place(gazetteer):
    body = ("叫这个名字的镇有好几个。一是江苏省太仓市东北部的沙溪镇,以古桥老街闻名。"
            "一是云南省剑川县西南部的沙溪镇,是茶马古道上的集市。")
    tags = tag(gazetteer, "沙溪镇", body)
    assert tags.place is None or tags.place.town is None


def test_a_text_on_one_namesake_that_lists_the_others_stays_with_it(gazetteer):
    body = ("城厢镇位于太仓市中部,城厢镇的老街很热闹,城厢镇的小吃也多。"
            "全国还有几个同名的镇:福建仙游县城厢镇、四川青白江区城厢镇。")
    assert where(tag(gazetteer, "城厢镇介绍", body)) == ("苏州市", "太仓市", "城厢镇")


def test_a_dictionary_entry_with_numbered_senses_in_several_counties_is_no_one_place(gazetteer):
    body = ("(1)在江苏省太仓市北部,旧为盐场,后设镇。(2)在四川省通江县东部,临河,有古街。"
            "(3)在云南省剑川县西南,明代即有集市。")
    assert tag(gazetteer, "沙溪镇", body).place is None


def test_a_unique_town_name_of_a_far_province_in_a_local_history_is_left_out(gazetteer):
    body = ("老街的故事。清末,南通县的人在河边摆摊,海门县的货郎也来。"
            "后来这里设了三星乡,三星的集市一年比一年大,海门的客商越来越多。")
    tags = tag(gazetteer, None, body)
    assert all(m.code[:2] == "32" for m in tags.mentions)  # nothing outside 江苏


def test_a_far_town_a_text_opens_on_stays_against_two_names_of_a_forebears_home(gazetteer):
    body = ("在湘赣交界的大瑶镇西头,有一座老油坊。老辈人说,祖上是从南边(今常州湟里)迁来的,"
            "榨油的手艺也是那时带来的。如今油坊还在,每年秋天都有人来买新油。")
    assert where(tag(gazetteer, "老油坊的故事", body)) == ("长沙市", "浏阳市", "大瑶镇")


def test_a_far_town_written_after_its_own_county_stays_against_another_provinces_two_names(gazetteer):
    # 上杭南阳镇: the county's short form and the town as one name, no old name of a place near 北京
    body = "北京的一家公司出资,为上杭南阳镇修了一条路;北京的志愿者也来帮忙。"
    tags = tag(gazetteer, None, body)
    assert {"上杭县", "南阳镇"} <= mentioned(tags)
    assert where(tags) == ("龙岩市", "上杭县", "南阳镇")


def test_a_bare_town_name_right_before_xinqu_names_the_new_area_not_the_town(gazetteer):
    body = "近日,成都天府新区华阳街道的红枫社区办起了夏日集市,居民们带着孩子来逛,摊位一直摆到傍晚。"
    tags = tag(gazetteer, None, body)
    assert where(tags) == ("成都市", "双流区", "华阳街道")
    assert "天府街道" not in mentioned(tags)


def test_the_island_name_of_a_lake_town_near_its_city_is_the_town(gazetteer):
    assert where(tag(gazetteer, "枇杷熟了", "苏州东山岛的枇杷熟了,果农天不亮就上山。")) == ("苏州市", "吴中区",
                                                                     "东山镇")
    assert tag(gazetteer, "海岛游", "福建漳州的东山岛风大浪高,游客很多。").place.county == "东山县"


def test_nantongs_development_zone_as_its_papers_write_it_is_the_zone(gazetteer):
    body = "昨日上午,市委书记深入南通开发区的企业和工地调研,要求南通开发区加快重大项目建设。"
    assert where(tag(gazetteer, "市委书记赴南通开发区调研", body))[:2] == ("南通市", "南通经济技术开发区")


def test_chongchuans_development_zone_written_without_its_city_is_the_zone_of_chongchuan(gazetteer):
    body = "近日,崇川经济开发区某社区组织网格员清理河道,崇川经济开发区的志愿者也来帮忙。"
    assert where(tag(gazetteer, None, body))[:2] == ("南通市", "崇川区")


def test_the_steel_park_written_without_its_citys_shi_is_the_town_in_its_brackets(gazetteer):
    body = ("在张家港冶金工业园(锦丰镇)某某村,志愿者来到九旬老人家中打扫卫生。"
            "某某村共有5支志愿服务队,今年已开展活动百余次。")
    assert where(tag(gazetteer, "张家港这个村子人人是志愿者", body)) == ("苏州市", "张家港市", "锦丰镇")


def test_come_to_suzhou_is_suzhou_not_a_town_of_chongqing(gazetteer):
    assert "来苏镇" not in {m.name for m in tag(gazetteer, "欢迎来苏州创业", "各地青年来苏州创业的越来越多。").mentions}
    assert where(tag(gazetteer, "欢迎来苏州创业", "各地青年来苏州创业的越来越多。")) == ("苏州市", None, None)


def test_a_bare_town_name_no_other_place_bears_is_its_town_when_nothing_else_is_named(gazetteer):
    body = ("璜泾的老街上新开了一家书屋,周末来看书的孩子很多。\n"
            "镇文化站说,全镇已有五家这样的书屋,璜泾的老人也爱来坐坐。")
    assert where(tag(gazetteer, "老街书屋迎来小读者", body)) == ("苏州市", "太仓市", "璜泾镇")


def test_a_bare_town_name_stays_unread_once_or_beside_a_city_named_in_full_or_as_a_lake(gazetteer):
    once = "璜泾的老街上新开了一家书屋,周末来看书的孩子很多。镇文化站说,还要再开几家。"
    assert where(tag(gazetteer, "老街书屋迎来小读者", once))[2] is None
    far = ("璜泾的老街上新开了一家书屋,书是杭州市一家出版社送的。\n"
           "镇文化站说,璜泾的老人也爱来坐坐。")
    assert where(tag(gazetteer, "老街书屋迎来小读者", far))[2] != "璜泾镇"
    lake = "淀山湖的水清了,岸边的步道也修好了。\n周末,淀山湖边散步的人多了起来。"
    assert where(tag(gazetteer, "湖边步道修好了", lake))[2] is None


def test_a_county_short_form_a_far_town_shares_opening_three_clauses_is_the_county(gazetteer):
    # 如东 is 如东县's short form and the bare name of 澧县's 如东镇: three clauses it opens, with no
    # other county, city or province named in full, are the county's news; twice is not enough
    body = ("如东的蛤蜊今年卖得好。眼下,如东又添了两个育苗棚,"
            "渔民说价钱比去年高。据统计,如东全年出海船只比上年多了一成。")
    assert where(tag(gazetteer, None, body)) == ("南通市", "如东县", None)
    twice = "如东的蛤蜊今年卖得好。眼下,如东又添了两个育苗棚,渔民说价钱比去年高。"
    assert where(tag(gazetteer, None, twice)) == (None, None, None)
    elsewhere = body + "澧县的客商也来订货。"
    assert where(tag(gazetteer, None, elsewhere))[1] != "如东县"


def test_a_towns_bare_name_the_text_also_writes_as_a_former_county_is_that_county(gazetteer):
    # a county's history: 支塘县, set up and merged away centuries ago, is no town of today
    body = ("常熟市位于江苏省东南部,由苏州市代管。\n常熟古称虞城,又名支塘。\n"
            "东晋时设支塘县,县治在今城区。支塘县北境后来另设一县。南朝时并支塘、前京等县入常熟县。\n"
            "支塘此后只是乡名。")
    assert where(tag(gazetteer, None, body)) == ("苏州市", "常熟市", None)
    # the town named in full is still the town
    body = "常熟市支塘镇的农民丰收了。支塘镇今年种了八千亩水稻,支塘的大米远近闻名。"
    assert where(tag(gazetteer, None, body)) == ("苏州市", "常熟市", "支塘镇")


def test_the_county_suzhou_had_until_1995_names_the_city_in_old_texts(gazetteer):
    body = "小时候我在西山岛上念书,学校的牌子上还写着吴县两个字。岛上的枇杷熟了,满山都是人。"
    assert where(tag(gazetteer, "岛上的小学", body)) == ("苏州市", "吴中区", "金庭镇")
    # a county whose name ends in those two characters is still itself
    body = "孙吴县的大豆今年丰收,农机合作社忙着收割。"
    assert where(tag(gazetteer, "大豆丰收", body))[1] == "孙吴县"


def test_a_phrase_that_hides_a_county_short_name_is_not_the_county(gazetteer):
    body = "连日降雨影响水稻灌浆,也影响水质。农技员到田头查看,村里组织人手清理沟渠。"
    assert "响水县" not in {m.name for m in tag(gazetteer, None, body).mentions}
    assert tag(gazetteer, None, body).place is None


def test_a_park_of_the_county_written_with_its_town_in_brackets_is_that_town(gazetteer):
    body = ("文明网 > 南通 > 正文\n敬老宴暖人心\n2020-10-26 16:11:00  来源:南通日报\n\n"
            "近日,海安市物流园(城东镇)某某村举行重阳敬老宴,一百多位老人欢聚一堂。(驻海安记者 王某)\n\n责编:南通文明办")
    assert where(tag(gazetteer, "敬老宴暖人心", body)) == ("南通市", "海安市", "城东镇")


def test_a_countys_short_name_before_jiang_is_the_river_called_after_it(gazetteer):
    body = "松江区叶榭镇某某村的老人们在这里安度晚年。村里为老人准备了免费早餐。"
    assert where(tag(gazetteer, "黄浦江南岸的幸福老人村", body)) == ("上海市", "松江区", "叶榭镇")
    # a county before a name that 江 begins is the county
    assert where(tag(gazetteer, None, "如皋江安镇某某村的村民今年种了三百亩水稻。")) == ("南通市", "如皋市", "江安镇")


def test_huizhou_the_old_prefecture_is_a_region_not_the_district(gazetteer):
    body = "初冬时节,星洲村一派典型的徽州乡村画卷。在五城镇党委的带领下,村里修好了道路。"
    assert where(tag(gazetteer, None, body)) == ("黄山市", "休宁县", "五城镇")


def test_a_county_whose_name_opens_on_shi_is_written_after_its_city_with_the_shi_shared(gazetteer):
    body = "近日,乐山市中区的几位退休教师办起了义务书法班,每周教孩子们写字。"
    assert where(tag(gazetteer, "退休教师教书法", body)) == ("乐山市", "市中区", None)
    body = "青岛市南区八大峡街道的居民在海边清理垃圾,社区志愿者也来帮忙。"
    assert where(tag(gazetteer, "海边捡垃圾", body)) == ("青岛市", "市南区", "八大峡街道")


def test_a_county_written_short_right_after_its_province_is_the_county(gazetteer):
    # 江苏常熟, 福建平潭: the province says which county, as its city would
    body = "在江苏常熟的东北角,有一个远近闻名的富裕村,村民人均收入超过六万元,村里的民宿也住满了游客。"
    assert where(tag(gazetteer, "江南富裕村的新变化", body)) == ("苏州市", "常熟市", None)
    body = "村里的志愿者队伍成立了,这是福建平潭第一支村级志愿者队伍,队员已有一百多名。"
    assert where(tag(gazetteer, None, body)) == ("福州市", "平潭县", None)


def test_a_bare_town_many_share_with_nothing_near_is_not_the_home_provinces_one(gazetteer):
    # 石桥镇: seventeen in the gazetteer, one of them in 江苏; the text names nothing else
    body = ("7月1日晚,在石桥镇某某村,镇村干部正冒雨排查险情。\n"
            "近期,石桥镇出现连续性强降雨,该镇全力做好防汛工作,确保群众生命财产安全。")
    assert tag(gazetteer, None, body).place is None


def test_a_name_the_text_writes_as_a_hills_or_an_islands_is_that_feature_wherever_it_stands(gazetteer):
    # the hill gave its name to a district and a street elsewhere; the text says only the city
    body = "周末我们去苏州爬虎丘山,山顶的古塔斜着站了好几百年。秋天来虎丘的人比春天还多。"
    assert where(tag(gazetteer, "登高", body)) == ("苏州市", None, None)
    body = "平潭县的渔民在海坛岛西边养蛏子。入秋以后海坛岛风大,养殖户忙着加固渔排。"
    assert where(tag(gazetteer, None, body)) == ("福州市", "平潭县", None)
    # a town the writer calls a town keeps it; 山 that starts a name is no hill
    body = "苏州吴江区同里古镇热闹起来,同里景区门口游客排起了长队。"
    assert where(tag(gazetteer, None, body)) == ("苏州市", "吴江区", "同里镇")
    body = "张家港山东商会昨天成立,在张家港市创业的山东籍老板们聚到一起。"
    assert where(tag(gazetteer, None, body))[1] == "张家港市"


def test_a_countys_short_name_before_a_zones_word_is_that_county(gazetteer):
    body = "吴江开发区今年又引进了十家企业,吴江开发区的电子产业产值已过千亿元。"
    assert where(tag(gazetteer, None, body)) == ("苏州市", "吴江区", None)


def test_a_town_written_in_full_after_a_zones_word_is_that_town_though_the_zone_needs_its_city(gazetteer):
    # 高新区 names 苏州's only where 苏州 is named, but 浒墅关镇, written in full, is one town in all China
    body = "这所蚕校建在高新区浒墅关镇,校园里种满了桑树。学生们每年春天都要养蚕,秋天收茧。"
    assert where(tag(gazetteer, "百年蚕校", body)) == ("苏州市", "虎丘区", "浒墅关镇")
    # a town's name many places bear says no more after the zone's word than alone
    assert where(tag(gazetteer, "百年蚕校", body.replace("浒墅关镇", "城南街道"))) == (None, None, None)


def test_a_regions_old_towns_are_no_town_called_nangu(gazetteer):
    # 湖南古镇 holds 南古镇, a town of 民乐: only where 民乐 is named
    assert where(tag(gazetteer, "湖南古镇游", "湖南古镇多,凤凰和洪江最有名。")) != ("张掖市", "民乐县", "南古镇")
    assert where(tag(gazetteer, None, "民乐县南古镇的马铃薯丰收了,南古镇的农民忙着装车。")) == (
        "张掖市", "民乐县", "南古镇")


def test_a_big_harvest_is_no_dafeng(gazetteer):
    body = "今年阳澄湖的螃蟹又是大丰收,苏州市农业农村局说,产量预计过万吨。"
    assert where(tag(gazetteer, "螃蟹大丰收", body))[:2] != ("盐城市", "大丰区")
    assert where(tag(gazetteer, "螃蟹大丰收", body))[0] == "苏州市"


def test_a_national_new_area_over_one_district_is_that_district(gazetteer):
    body = ("本报讯 周末,社区在广场上摆开了便民摊,修家电、量血压、磨剪刀,一上午来了百多位居民。(王五)\n"
            "本网所有内容属《青岛西海岸报》所有。")
    assert where(tag(gazetteer, "便民大集开市了", body))[:2] == ("青岛市", "黄岛区")
    # the bare 西海岸 of another coast is no district
    body = "我们沿着西海岸新区的海边走,又去了渔港的集市。青岛的海真蓝。"
    assert where(tag(gazetteer, "青岛看海", body))[:2] == ("青岛市", "黄岛区")
    assert where(tag(gazetteer, "厦门看海", "我们沿着西海岸新区的海边走,厦门的海真蓝。"))[:2] == ("厦门市", None)


def test_the_seat_of_a_parks_old_farm_is_its_street_not_a_far_district(gazetteer):
    body = "苏通园区江海镇区的小河变清了,居民在河边散步。江海镇区原是老农场的场部。"
    assert where(tag(gazetteer, "江海镇区的小河", body)) == ("南通市", "崇川区", "江海街道")


def test_a_nickname_is_no_towns_bare_name_however_often_it_is_called(gazetteer):
    body = ("本报讯 “小梅又来了!”村民们远远就喊。驻村干部小梅在斋坛乡工作三年,"
            "茶山上的每户人家都认得小梅。")
    assert where(tag(gazetteer, "驻村干部小梅", body)) == ("丽水市", "松阳县", "斋坛乡")


def test_a_towns_own_scenic_area_is_the_town_a_hills_is_not(gazetteer):
    body = "沙家浜景区的芦苇荡一眼望不到边。我们在沙家浜坐船看芦苇,又在沙家浜的老街上喝了茶。"
    assert where(tag(gazetteer, "芦苇荡里一日", body)) == ("苏州市", "常熟市", "沙家浜镇")


def test_a_temple_named_after_a_place_names_no_county(gazetteer):
    # 天宁 is 常州's 天宁区 by its short form; 天宁寺 is a temple, in 南通 as in many cities
    body = "南通城里先有寺,后有城。这座天宁寺比城还早,寺前的老街如今修好了。"
    tags = tag(gazetteer, "寺前老街", body)
    assert "天宁区" not in mentioned(tags)
    assert where(tags)[0] == "南通市"
    # a name starting right after a county is the next name, not a temple (海陵区|寺巷街道)
    body = "泰州市海陵区寺巷街道新开了一家社区食堂。"
    assert {"海陵区", "寺巷街道"} <= mentioned(tag(gazetteer, "社区食堂", body))


def test_a_town_written_short_as_everyone_writes_it_is_the_town(gazetteer):
    body = "苏州浒关的蚕种场建于民国,老厂房如今改成了展览馆。"
    assert where(tag(gazetteer, "蚕种场的故事", body)) == ("苏州市", "虎丘区", "浒墅关镇")


def test_a_name_right_after_a_city_is_the_one_place_so_named_inside_that_city(gazetteer):
    # 海门 is 南通's district by its short form and 椒江's 海门街道 by its bare name: after 台州, the street
    body = "小时候我在海门外婆家住过几年,海门老街的石板路一直通到江边。"
    assert where(tag(gazetteer, "台州海门的老街", body)) == ("台州市", "椒江区", "海门街道")
    # after 南通, the district (its own 海门街道 inside it too)
    assert where(tag(gazetteer, "南通海门的老街", body))[:2] == ("南通市", "海门区")


def test_a_name_needing_its_county_around_it_is_its_town_where_the_text_calls_it_a_town(gazetteer):
    # 吕四 is 吕四港镇's where 启东 or 南通 is named; called a town, it is the town all the same
    body = "吕四小镇的老街不宽,巷子只有一人多宽,街上的海鲜饼远近闻名。"
    assert where(tag(gazetteer, "老街三怪", body)) == ("南通市", "启东市", "吕四港镇")
    # not called a town, with nothing around it, it may be a man's name
    assert tag(gazetteer, "老街三怪", "吕四说,街上的海鲜饼远近闻名。").place is None


def test_a_zone_the_headline_names_and_the_text_keeps_naming_stays_though_another_province_is_named_more(gazetteer):
    body = ("今年海门港新区引进了十多个项目。海门港新区靠着上海,不少客商都从上海来。\n"
            "海门港新区到上海开了两场推介会,年底还要再去上海。")
    assert where(tag(gazetteer, "海门港新区项目多", body))[:2] == ("南通市", "海门区")


def test_a_quarter_named_after_a_university_leaves_the_town_before_it_the_towns(gazetteer):
    body = "寒冬时节,社区的志愿者带着热汤去看望独居老人。"
    assert where(tag(gazetteer, "湖塘镇大学新村社区看望独居老人", body)) == ("常州市", "武进区", "湖塘镇")
    # a university named after the town is no news of the town
    assert where(tag(gazetteer, "湖塘镇大学招生", "今年的招生计划公布了。")) == (None, None, None)


def test_a_town_whose_name_reads_like_a_hills_or_a_lakes_is_the_town_near_its_city(gazetteer):
    # no lake is called 镇湖, and the 东山 people go in and out of is the town on its peninsula
    body = "苏州镇湖的绣娘有好几千人,镇湖的绣品街上一家挨一家都是绣庄。"
    assert where(tag(gazetteer, "镇湖刺绣", body)) == ("苏州市", "虎丘区", "镇湖街道")
    body = "枇杷上市,去东山的车多了起来。进东山请走环湖大道,出东山请走东山大道。"
    assert where(tag(gazetteer, "吴中区东山出行提示", body)) == ("苏州市", "吴中区", "东山镇")
    # far from 苏州, 东山 is not 吴中's
    body = "福建漳州东山的渔民出海了,东山的港口里停满了渔船。"
    assert where(tag(gazetteer, "东山开渔", body))[0] == "漳州市"


def test_a_name_needing_its_county_is_its_town_where_its_fishing_port_is_spoken_of(gazetteer):
    # (吕四 alone could be a person's name; a person has no fishing port)
    body = "10月5日,吕四中心渔港的新港池用上了,出海回来的船排着队卸鱼。吕四渔港这几年一直在扩。"
    assert where(tag(gazetteer, None, body)) == ("南通市", "启东市", "吕四港镇")
    assert where(tag(gazetteer, None, "吕四说,这条船他开了二十年。")) == (None, None, None)


def test_a_market_town_spoken_of_hides_no_town_named_like_it(gazetteer):
    body = "王江泾镇原本就是一处古老集镇,早在宋代便已形成集镇,绸缎卖到了江浙各地。"
    assert not {"老集镇", "成集镇"} & set(mentioned(tag(gazetteer, "王江泾的丝绸", body)))


def test_a_former_town_merged_into_a_town_of_today_is_that_town_where_its_county_is_named(gazetteer):
    body = "9月15日,江苏海安县老坝港镇办起开渔节,上百条船一齐出了海。"
    assert where(tag(gazetteer, "开渔节", body)) == ("南通市", "海安市", "角斜镇")


def test_a_places_folk_songs_are_no_hill_of_its_name(gazetteer):
    body = ("在南通海门,一对母女唱了几十年海门山歌。教海门山歌的老师说,这门手艺要从娃娃抓起。"
            "母亲出生在离海门不远的乡下,从小跟着大人在田头唱歌。")
    assert where(tag(gazetteer, "母女俩唱山歌", body))[:2] == ("南通市", "海门区")


def test_a_lake_a_zone_is_named_after_is_the_lake_where_the_text_writes_its_shore(gazetteer):
    # 汾湖: the lake, and the zone named after it (吴江-wide); its shore and its water are the lake's
    body = ("【人物名片】\n王某,苏州市吴江区黎里镇某某村的支部书记,兼做村里的河长。\n"
            "某某村在汾湖北岸。王某从小住在汾湖边,汾湖里哪儿水深哪儿水浅,他都清楚。如今汾湖的水更清了。")
    assert where(tag(gazetteer, "河长的一天", body)) == ("苏州市", "吴江区", "黎里镇")


def test_a_short_form_the_text_also_writes_as_its_towns_name_is_that_town_not_the_city(gazetteer):
    # 南阳镇 … 文化南阳: the text's town, one of ten 南阳镇, not 河南's 南阳市; no county said, none guessed
    body = ("南阳镇团委拉起了一支青年帮帮团。团员们去敬老院陪老人说话、扫院子。\n"
            "往后,南阳镇要叫响“文化南阳”的牌子,开好“南阳讲堂”,让南阳的年轻人都来参加。")
    assert tag(gazetteer, "青年帮帮团出发", body).place is None
    # the city written in full: the city's short form stays the city's
    body = "南阳市卧龙区的游客来到南阳镇赶集。南阳的客人说,这里的集市比城里还热闹。"
    assert "南阳市" in mentioned(tag(gazetteer, None, body))


def test_civil_rural_ways_are_no_township_named_civil(gazetteer):
    # 文明乡风: a phrase of village reports, not 汝城's 文明瑶族乡 written short
    body = "南阳镇各村劝大家喜事新办,讲文明乡风。南阳镇的村民们纷纷签了保证书。"
    assert "文明瑶族乡" not in mentioned(tag(gazetteer, "喜事新办进村", body))
