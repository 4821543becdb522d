"""Trips and visits: who travels is news of where they come from, what they visit of where they go.
Short made-up texts."""

from tests.places.test_real_text_rules import tag, where


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


def test_the_city_a_headline_names_before_a_visit_in_is_the_visitors(gazetteer):
    body = ("5月8日,无锡市委副书记率队来通考察。一行参观了如东县的风电产业园和洋口港。"
            "他说,如东的海上风电走在前列。如东县委书记陪同。")
    tags = tag(gazetteer, "无锡市领导率队来通考察", body)
    assert where(tags)[:2] == ("南通市", "如东县")
    # a headline naming only the visitors, over a body naming nothing else, keeps them
    assert where(tag(gazetteer, "无锡市领导率队来考察", "5月8日,无锡市领导率队来考察,看了三家企业。"))[0] == "无锡市"


def test_a_town_visited_deep_in_an_article_whose_opening_names_nothing_does_not_become_its_place(gazetteer):
    body = ("5月20日,区委书记李明检查全区防汛工作。他强调,要严阵以待,确保安全度汛。\n"
            "在江堤险段,李明详细了解加固情况。\n"
            "吴江区同里镇的排涝站正在检修,李明要求加快进度。")
    assert where(tag(gazetteer, "区领导检查防汛工作", body)) != ("苏州市", "吴江区", "同里镇")


def test_a_route_of_stops_says_where_it_goes_not_which_town_the_text_is_about(gazetteer):
    body = ("周末来太仓走一走。\n路线:浏河湿地公园→沙溪古镇老街→双凤羊肉馆→金仓湖公园\n"
            "太仓市的这条线路一天走完,浏河湿地公园看鸟,沙溪古镇吃茶,金仓湖边散步。")
    assert where(tag(gazetteer, "太仓一日游", body)) == ("苏州市", "太仓市", None)


def test_a_headline_telling_a_bodys_visit_in_is_not_news_of_the_visitors_city(gazetteer):
    body = ("8月17日下午,广东省湛江市政协主席张三带着考察团到启东看了两天。南通市政协副主席李四一同前往。"
            "张三一行来到启东一家海工企业,又在启东某村参观了议事室。")
    assert where(tag(gazetteer, "广东省湛江市政协来启调研", body)) == ("南通市", "启东市", None)


def test_an_inspection_by_the_citys_own_body_is_not_narrowed_to_its_stops(gazetteer):
    body = ("昨天,市人大常委会开展年度民生实事项目视察,听取代表意见建议。\n"
            "相城区某某中心是重点打造的矛盾纠纷化解平台。视察组又来到相城区阳澄湖镇某某村,察看村道和民房改造。"
            "在某某健康服务中心,视察组考察了托育、养老等功能区。")
    assert where(tag(gazetteer, "苏州市人大常委会视察今年为民办的实事", body)) == ("苏州市", None, None)


def test_a_visit_in_to_the_city_the_headline_names_stays_the_citys(gazetteer):
    body = ("7月24日,某某省委员会课题组一行来苏州调研社区安全治理。\n"
            "调研组实地察看了一处老旧小区改造项目,这个小区的翻新被大家叫作“娄葑样板”。"
            "调研组一行又参观了娄葑街道的实训基地。座谈会上,市公安局介绍了全市治安和消防工作。")
    assert where(tag(gazetteer, "某某省委员会课题组来苏州调研", body)) == ("苏州市", None, None)


def test_where_the_people_told_of_come_from_is_not_where_the_news_is(gazetteer):
    body = ("他是来自台湾的社工,却在这里结识了一群老人。福州市马尾区马尾镇的一个社区里,"
            "他带着老人们包粽子、做游戏,老人都说台湾小伙子有办法。")
    assert where(tag(gazetteer, None, body)) == ("福州市", "马尾区", "马尾镇")
    body = ("从河南来的农机手,一路向北割麦子。他们说,沿途很少有人提供食宿。"
            "6月18日,来自河南兰考县的老李离开密云区河南寨镇,那里的五千亩麦田已经收完。")
    assert where(tag(gazetteer, None, body))[:2] == ("北京市", "密云区")
    # nothing else named: the text does not say where the news is
    assert where(tag(gazetteer, None, "来自台湾的社工小王在社区里带着老人们包粽子。")) == (None, None, None)


def test_a_party_that_visits_a_place_straight_after_its_name_comes_from_its_streets_not_to_them(gazetteer):
    # …带领某街道…一行参观某镇: the party's street is where it comes from, the town after 参观 is the host
    body = ("镇里的代表之家去年建成。上周,南京市建邺区人大常委会的王五带领该区沙洲街道的八名代表一行"
            "参观泰兴市黄桥镇代表之家,并进行了交流。")
    assert where(tag(gazetteer, None, body)) == ("泰州市", "泰兴市", "黄桥镇")
    # a party that visits a hall, not a place: nothing is marked, the street is where it stands
    body = "3月5日,南京市建邺区沙洲街道的八名代表和赵六一行参观代表之家,并进行了交流。"
    assert where(tag(gazetteer, None, body)) == ("南京市", "建邺区", "沙洲街道")


def test_a_trip_the_hosts_own_people_received_is_the_hosts_report(gazetteer):
    body = ("3月2日上午,海门区委书记张某一行12人赴吴江区黎里镇考察学习古镇保护经验。"
            "吴江区委副书记李某、黎里镇党委书记王某陪同。\n一行察看了老街和河道。")
    assert where(tag(gazetteer, None, body)) == ("苏州市", "吴江区", "黎里镇")
    # the travellers' own paper, naming who went with them in the trip's own sentence, stays theirs
    body = ("3月2日,相城区区长张三率队赴杭州市余杭区考察招商,余杭区副区长李四陪同。"
            "张三一行看了三家企业,洽谈了两个项目。")
    assert where(tag(gazetteer, None, body))[:2] == ("苏州市", "相城区")


def test_where_a_train_is_bound_is_not_where_the_news_is(gazetteer):
    body = "天刚亮,一列驶往唐山的火车从北京通州站开出。站外的北运河结了冰。"
    assert where(tag(gazetteer, "清晨的车站", body))[0] == "北京市"


def test_a_practice_team_from_afar_is_reported_where_it_went(gazetteer):
    body = ("8月1日,山东某某大学暑期实践团赴镇湖街道调研刺绣。镇湖街道的绣娘有八千多人,"
            "实践团在镇湖街道的绣品街走访了十多家绣庄。")
    assert where(tag(gazetteer, "实践团探访绣娘", body))[1:] == ("虎丘区", "镇湖街道")


def test_people_from_the_place_the_headline_is_about_are_its_own_not_visitors(gazetteer):
    body = ("不少人问起家乡名字的来历。来自吴江区档案馆的工作人员介绍,吴江之名始于五代,"
            "那时吴江与杭州之间已有塘路相通。")
    assert where(tag(gazetteer, "吴江这个名字从哪来", body))[:2] == ("苏州市", "吴江区")


def test_a_trip_for_paired_aid_is_reported_where_it_goes(gazetteer):
    body = ("3月2日,南通市通州区区长张三一行赴陕西省镇巴县调研帮扶工作。镇巴县介绍了协作项目的进展,"
            "双方签了新一年的协议。")
    assert where(tag(gazetteer, "张三一行到镇巴县调研帮扶工作", body))[:2] == ("汉中市", "镇巴县")
    # a trip to seek investment stays the travellers' news
    body = ("3月2日,南通市通州区区长张三一行赴陕西省镇巴县考察招商。镇巴县的几家企业介绍了发展情况,"
            "双方就合作项目深入交流。")
    assert where(tag(gazetteer, "张三一行到镇巴县考察招商", body))[:2] == ("南通市", "通州区")


def test_a_tour_of_a_citys_counties_is_news_of_the_city(gazetteer):
    body = ("6月3日,北方一座城市的客人到了江边。双方说好要多走动。\n"
            "客人们先后看了如东的风电码头、海门的钢厂、海安的展厅,又在如东听了港口的规划。"
            "他们说,南通的路子值得学,南通人肯干,南通的港口将来大有可为。")
    assert where(tag(gazetteer, "远方客人看港口", body)) == ("南通市", None, None)
    # one county toured, though the city is named more, stays the county's: test above (无锡市领导率队来通考察)


def test_a_host_written_as_one_letter_of_its_name_is_where_the_visit_is(gazetteer):
    body = ("前天,由常熟市市长带队的该市代表团来宜,考察乡村旅游。宜兴市委书记陪同考察。"
            "一行看了两处茶园和一个民宿村,对当地的做法评价很高。")
    assert where(tag(gazetteer, None, body))[:2] == ("无锡市", "宜兴市")
    # a letter no place named in full holds (来村调研) leaves the visitors where they are
    body = "前天,常熟市市长带队的工作组来村调研,察看了稻田和民宿。"
    assert where(tag(gazetteer, None, body))[:2] == ("苏州市", "常熟市")


def test_a_city_leaders_visit_to_a_district_the_headline_names_is_the_districts(gazetteer):
    body = ("昨天,市长张三去了姑苏区,要求姑苏区做好老城保护。"
            "张三先后看了一处文创园、沧浪街道竹园社区服务中心和一条老街。在竹园社区,他走访了几户居民。"
            "他说,姑苏区这几年变化很大。")
    assert where(tag(gazetteer, "张三赴姑苏区考察老城保护", body)) == ("苏州市", "姑苏区", None)


def test_a_citys_body_visiting_a_county_written_by_one_letter_in_the_headline_is_the_countys_news(gazetteer):
    body = ("来源:某某日报\n月初,苏州市人大常委会带着开会的代表们到太仓看发展。"
            "太仓市委书记一路陪着。代表们先去了一处文旅项目,又走进两家工厂。")
    assert where(tag(gazetteer, "苏州市人大代表在太调研", body))[:2] == ("苏州市", "太仓市")


def test_people_from_around_the_place_the_headline_names_do_not_take_it_away(gazetteer):
    body = ("9月的一个周六,全市十支风筝队聚到乐余镇比本事。"
            "来自苏州市老年风筝队的老周扎风筝三十多年,这回带了三只来。乐余镇还把风筝送给了台湾来的年轻人。")
    assert where(tag(gazetteer, "乐余镇上放风筝", body)) == ("苏州市", "张家港市", "乐余镇")


def test_where_someone_comes_from_written_with_its_province_keeps_the_home_places_of_that_province(gazetteer):
    body = ("我叫小李,来自江苏沭阳县。今年春天,我在常熟市古里镇的新市民窗口申请孩子入学。"
            "等了两个月,孩子终于上了古里镇的幼儿园。")
    assert where(tag(gazetteer, "谢谢你们", body)) == ("苏州市", "常熟市", "古里镇")


def test_where_goods_come_from_does_not_take_the_text_from_the_town_its_opening_names(gazetteer):
    body = ("王江泾镇家家有织机,织绸的手艺传了好几百年。\n眼下镇上的厂子七成都做纺织。"
            "原料从外面买,纱线来自嘉兴、吴江的市场,织成的布再卖到江浙各地。")
    assert where(tag(gazetteer, None, body)) == ("嘉兴市", "秀洲区", "王江泾镇")



def test_the_place_a_home_body_helps_is_where_the_news_is(gazetteer):
    # a chamber of 昆山 and the village it is paired with in 沭阳: the work is done in the village's town
    body = ("这几年,昆山高新区一家商会热心公益,捐了三百多万元。这家昆山高新区的商会还加入“百企帮百村”,"
            "与宿迁市沭阳县胡集镇新河村结对帮扶,修了路,盖了大棚。\n"
            "新河村在胡集镇东头,以前村里没有集体收入。昆山高新区商会的会员常去新河村,商量怎么帮。")
    assert where(tag(gazetteer, None, body)) == ("宿迁市", "沭阳县", "胡集镇")
    # two sides named at once, a clause apart: neither is the helped (a visit in, the host's news)
    body = ("昨天,贵州省某州的党政代表团到苏州考察。苏州市长会见了客人。\n"
            "苏州和贵州隔着千山万水,可在对口支援上早有交情。双方都想多走动。")
    assert where(tag(gazetteer, "贵州省某州党政代表团到苏州考察", body))[:2] == ("苏州市", None)


def test_a_county_paired_with_a_far_county_tells_of_the_far_ones_work(gazetteer):
    body = ("秋天到了,陕西周至县的果园里挂满了猕猴桃。从前果子常常卖不出去,眼下却不愁销路。\n"
            "2016年起太仓和周至结对帮扶,两地一起扶持了一百多个项目。到今年,太仓与周至的东西部协作已有九年,"
            "周至的果农们说,钱包鼓起来了。")
    assert where(tag(gazetteer, "江苏苏州:从秦岭到娄江", body))[:2] == ("西安市", "周至县")
