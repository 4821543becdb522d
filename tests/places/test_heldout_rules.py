"""Rules found on real texts nobody had tuned for, each shown on a short made-up text."""

from tests.places.test_real_text_rules import gazetteer, tag, where  # noqa: F401 (gazetteer: a fixture)


def test_each_namesake_in_a_list_is_the_town_of_the_county_before_it(gazetteer):
    body = ("全国叫沙溪的古镇有好几个,比如四川通江县沙溪镇、云南剑川县沙溪镇。"
            "这回我们去的是太仓市的沙溪古镇,沙溪的老街安安静静。")
    assert where(tag(gazetteer, "沙溪一日", body)) == ("苏州市", "太仓市", "沙溪镇")


def test_a_pond_named_after_a_town_is_not_the_town(gazetteer):
    body = "苏州相城区渭塘镇盛泽荡村的荷花开了。盛泽荡村的游客多了起来,盛泽荡边的民宿也住满了。"
    names = {m.name for m in tag(gazetteer, None, body).mentions}
    assert "盛泽镇" not in names
    assert where(tag(gazetteer, None, body)) == ("苏州市", "相城区", "渭塘镇")


def test_an_opening_that_is_only_a_quotation_runs_on_into_the_next_sentence(gazetteer):
    body = "“上海的朋友,周末来玩”!这是仪征市的新口号。仪征的文旅部门说,今年游客比去年多。"
    assert where(tag(gazetteer, "小城新名片", body)) == ("扬州市", "仪征市", None)


def test_a_literary_name_of_a_county_is_not_the_town_that_shares_it(gazetteer):
    body = "太仓市的人说起娄东画派和娄东诗派,总是很自豪。娄东的书画展今年办到第十届。"
    assert where(tag(gazetteer, None, body)) == ("苏州市", "太仓市", None)


def test_city_names_that_are_also_words_need_their_province(gazetteer):
    assert tag(gazetteer, None, "我们沿着山南的小路上山,半山有座小庙。").place is None
    assert tag(gazetteer, None, "各地要确保社会长治久安,群众安居乐业。").place is None
    assert where(tag(gazetteer, None, "西藏山南的青稞今年丰收,山南各县忙着收割。")) == ("山南市", None, None)


def test_a_county_feature_that_stops_at_one_village_stays_county_wide(gazetteer):
    body = ("张家港市的土特产不少。凤凰镇的水蜜桃、凤凰镇的豆腐干都有名,"
            "金港镇高峰村的茶叶也不错,金港镇高峰村的茶场就在江边。凤凰镇每年还办桃花节。")
    assert where(tag(gazetteer, None, body)) == ("苏州市", "张家港市", None)


def test_a_village_named_like_a_city_is_not_that_city(gazetteer):
    tags = tag(gazetteer, None, "苏州吴中区香山街道的舟山村,家家户户做核雕。舟山村的核雕作品远销各地。")
    assert "舟山市" not in {m.name for m in tags.mentions}
    assert where(tags) == ("苏州市", "吴中区", "香山街道")  # the town written before its village, 的 between


def test_two_bare_names_unique_in_china_of_one_county_confirm_each_other(gazetteer):
    body = "古镇栟茶的石板街一早就热闹起来。栟茶的烧饼远近闻名,掘港的游客也常来栟茶买烧饼。"
    assert where(tag(gazetteer, None, body)) == ("南通市", "如东县", "栟茶镇")


def test_of_two_cities_in_the_opening_the_one_the_article_comes_back_to_inside_wins(gazetteer):
    body = ("核雕艺人从舟山来到苏州学艺。苏州吴中区光福镇的作坊里,师傅们各有绝活;"
            "吴中区的核雕节也在光福镇举办。舟山的朋友常来看,舟山的订单也多。")
    assert where(tag(gazetteer, None, body)) == ("苏州市", "吴中区", "光福镇")


def test_a_county_and_a_lake_named_after_its_town_name_the_county_not_the_town(gazetteer):
    body = "秋天到了,苏州相城阳澄湖边的农家乐又热闹起来。阳澄湖的湖面上,渔船来来往往,相城区的游客中心忙个不停。"
    assert where(tag(gazetteer, "湖边的秋天", body)) == ("苏州市", "相城区", None)
    body = "苏州相城阳澄湖镇的美人腿半岛上新开了一家书店,书店就在阳澄湖镇的湖边。"
    assert where(tag(gazetteer, None, body)) == ("苏州市", "相城区", "阳澄湖镇")


def test_a_county_feature_showing_villages_of_two_towns_stays_county_wide(gazetteer):
    body = ("吴江区今年评出一批美丽乡村。震泽镇众安桥村的桑园最有名,震泽镇众安桥村的游客也最多。"
            "盛泽镇西白洋片区也入选了,西白洋的湖景不输别处。吴江区的乡村游越来越热。")
    assert where(tag(gazetteer, "吴江美丽乡村名单出炉", body)) == ("苏州市", "吴江区", None)


def test_a_headline_naming_a_village_that_shares_a_far_citys_name_is_not_that_city(gazetteer):
    body = "绍兴村是太仓一个临江的小村。绍兴村的渔民世代打鱼,如今绍兴的鱼干卖到了全国。"
    tags = tag(gazetteer, "绍兴:江边渔村", body)
    assert "绍兴市" not in {m.name for m in tags.mentions}
    assert tags.place is None or tags.place.city != "绍兴市"


def test_a_place_the_article_names_far_more_outweighs_a_deeper_one_named_once(gazetteer):
    body = ("这条城际铁路是杭州市的重要线路,也连接杭州市区与江苏省吴江区。线路从杭州东站出发,"
            "穿过杭州城北,杭州的上班族出行更方便了,杭州的游客也多了。")
    assert where(tag(gazetteer, None, body))[:2] == ("杭州市", None)


def test_a_headline_name_the_text_gives_to_several_namesakes_is_no_one_place(gazetteer):
    body = ("叫这个名字的镇有好几个。一是江苏省太仓市东北部的沙溪镇,以古桥老街闻名。"
            "一是云南省剑川县西南部的沙溪镇,是茶马古道上的集市。")
    tags = tag(gazetteer, "沙溪镇", body)
    assert tags.place is None or tags.place.town is None


def test_a_route_of_stops_says_where_it_goes_not_which_town_the_text_is_about(gazetteer):
    body = ("周末来太仓走一走。\n路线:浏河湿地公园→沙溪古镇老街→双凤羊肉馆→金仓湖公园\n"
            "太仓市的这条线路一天走完,浏河湿地公园看鸟,沙溪古镇吃茶,金仓湖边散步。")
    assert where(tag(gazetteer, "太仓一日游", body)) == ("苏州市", "太仓市", None)


def test_the_neighbours_of_a_town_described_are_not_the_town(gazetteer):
    body = ("横泾街道隶属于苏州市吴中区,东接临湖镇,西连东山镇,北靠木渎镇与越溪街道。"
            "横泾街道下辖多个社区,临湖镇的游客也常来。")
    assert where(tag(gazetteer, None, body)) == ("苏州市", "吴中区", "横泾街道")


def test_a_text_on_one_namesake_that_lists_the_others_stays_with_it(gazetteer):
    body = ("城厢镇位于太仓市中部,城厢镇的老街很热闹,城厢镇的小吃也多。"
            "全国还有几个同名的镇:福建仙游县城厢镇、四川青白江区城厢镇。")
    assert where(tag(gazetteer, "城厢镇介绍", body)) == ("苏州市", "太仓市", "城厢镇")


def test_a_dictionary_entry_with_numbered_senses_in_several_counties_is_no_one_place(gazetteer):
    body = ("(1)在江苏省太仓市北部,旧为盐场,后设镇。(2)在四川省通江县东部,临河,有古街。"
            "(3)在云南省剑川县西南,明代即有集市。")
    assert tag(gazetteer, "沙溪镇", body).place is None


def test_an_opening_naming_nothing_gives_way_to_the_first_sentence_that_names_a_place(gazetteer):
    body = "新米上市啦。10月5日,在苏州市吴江区七都镇的稻田里,农机来回收割,吴江区的粮站也忙了起来。"
    assert where(tag(gazetteer, None, body)) == ("苏州市", "吴江区", "七都镇")


def test_a_unique_town_name_of_a_far_province_in_a_local_history_is_left_out(gazetteer):
    body = ("老街的故事。清末,南通县的人在河边摆摊,海门县的货郎也来。"
            "后来这里设了三星乡,三星的集市一年比一年大,海门的客商越来越多。")
    tags = tag(gazetteer, None, body)
    assert all(m.code[:2] == "32" for m in tags.mentions)  # nothing outside 江苏


def test_the_island_name_of_a_lake_town_near_its_city_is_the_town(gazetteer):
    assert where(tag(gazetteer, "枇杷熟了", "苏州东山岛的枇杷熟了,果农天不亮就上山。")) == ("苏州市", "吴中区", "东山镇")
    assert tag(gazetteer, "海岛游", "福建漳州的东山岛风大浪高,游客很多。").place.county == "东山县"


def test_a_town_visited_deep_in_an_article_whose_opening_names_nothing_does_not_become_its_place(gazetteer):
    body = ("5月20日,区委书记李明检查全区防汛工作。他强调,要严阵以待,确保安全度汛。\n"
            "在江堤险段,李明详细了解加固情况。\n"
            "吴江区同里镇的排涝站正在检修,李明要求加快进度。")
    assert where(tag(gazetteer, "区领导检查防汛工作", body)) != ("苏州市", "吴江区", "同里镇")
