"""Names written in passing (a neighbour, a county's seat, a person) and a zone written with its town,
each shown on a short made-up text."""

from tests.places.test_real_text_rules import mentioned, tag, where


def test_a_person_whose_name_starts_with_a_city_is_not_that_city(gazetteer):
    body = ("江苏常熟市有个桃园村,村党委书记常德盛带领村民改田造地。"
            "常德盛说,地一定要换。常德盛还办起了建材厂,村里人人有活干。")
    tags = tag(gazetteer, None, body)
    assert where(tags) == ("苏州市", "常熟市", None)
    assert "常德市" not in mentioned(tags)
    assert "常德市" in mentioned(tag(gazetteer, None, "湖南常德的桃花源一年四季游人不断。"))


def test_a_place_right_after_a_word_of_adjacency_is_a_neighbour(gazetteer):
    body = ("这个村子紧邻上海,村民的房子围着一片湖。\n"
            "它是吴江区最富裕的村子之一,村里的年轻人都在家门口上班。")
    assert where(tag(gazetteer, "走近杨柳村", body)) == ("苏州市", "吴江区", None)


def test_a_place_set_beside_with_yu_and_a_word_of_bordering_is_a_neighbour(gazetteer):
    body = "东风村与泰兴市曲霞镇毗邻,是靖江市生祠镇最大的村,全村种了三千亩稻麦。"
    assert where(tag(gazetteer, None, body)) == ("泰州市", "靖江市", "生祠镇")


def test_a_place_set_beside_with_yu_and_wei_jie_is_a_neighbour(gazetteer):
    # the neighbour's county, named again in the village's history, no longer outweighs the town up front
    body = ("青石村位于生祠镇北部,由原青石、红柳两村合并而成。北边以小清河与泰兴市曲霞镇白杨村为界,西接新港村。"
            "1950年前两村属泰兴县,后来从泰兴市划出,归靖江管辖。")
    assert where(tag(gazetteer, None, body)) == ("泰州市", "靖江市", "生祠镇")


def test_a_town_named_as_a_county_seat_is_not_the_place(gazetteer):
    body = ("张家港有悠久的历史。西晋时境内设暨阳县,县治杨舍镇。"
            "张家港人自古重教兴学,张家港的民俗也很丰富。")
    assert where(tag(gazetteer, None, body)) == ("苏州市", "张家港市", None)


def test_a_zone_written_with_its_town_in_brackets_is_that_town(gazetteer):
    body = "平东村隶属吕四港经济开发区(吕四港镇),全村有11个村民小组。村里种蔬菜,养鱼蟹。"
    assert where(tag(gazetteer, "平东村", body)) == ("南通市", "启东市", "吕四港镇")
    body = "苏州高铁新城(北河泾街道)胡巷社区入选儿童友好社区。胡巷社区就在苏州高铁新城的中心地带。"
    assert where(tag(gazetteer, None, body)) == ("苏州市", "相城区", "北河泾街道")
    # without the brackets the zone is still a zone: its county, county-wide
    body = "启东市吕四港经济开发区的码头又添新泊位,吕四港经济开发区今年引进了三个项目。"
    assert where(tag(gazetteer, None, body)) == ("南通市", "启东市", None)


def test_a_towns_built_up_area_is_not_a_far_district(gazetteer):
    tags = tag(gazetteer, None, "从吴江城区到这个村子只要半小时,吴江区的村子都通了公交。")
    assert "江城区" not in mentioned(tags)
    assert "吴江区" in mentioned(tags)
    assert "相城区" in mentioned(tag(gazetteer, None, "苏州西北相城区藏着一座古镇,镇上老街很热闹。"))  # not 北相|城区


def test_a_county_short_form_and_one_of_its_zones_confirm_each_other(gazetteer):
    body = ("汾湖的杨柳村紧邻上海,是吴江最富裕的村子。\n"
            "从吴江城区到汾湖只要半小时,去上海也很方便,上海的朋友常来玩。")
    assert where(tag(gazetteer, "走近杨柳村", body)) == ("苏州市", "吴江区", None)


def test_a_countys_towns_described_one_per_paragraph_are_the_county(gazetteer):
    body = ("周市镇是一个工业大镇,镇上的工厂很多。\n"
            "陆家镇原名录葭浜,后来才改叫陆家。\n"
            "花桥镇紧挨着上海,不少人每天去上海上班。\n"
            "张浦镇有一条老街,老街上的茶馆开了百年。")
    assert where(tag(gazetteer, None, body)) == ("苏州市", "昆山市", None)
    # one town in every paragraph is still that town
    body = "周市镇是一个工业大镇。\n周市镇的工厂很多。\n周市镇还有一条老街。"
    assert where(tag(gazetteer, None, body)) == ("苏州市", "昆山市", "周市镇")


def test_a_county_and_town_written_once_as_an_address_leave_a_city_report_city_wide(gazetteer):
    body = ("近日,苏州市农业部门对全市种粮农户做了调查,今年我市粳稻单产增加一成。"
            "记者在吴中区临湖镇石舍村看到,田里的稻子已经开始变色。")
    assert where(tag(gazetteer, None, body)) == ("苏州市", None, None)
    # the village the address leads to, named again, is what the report is about
    body = ("近日,苏州市农业部门对全市种粮农户做了调查。记者在吴中区临湖镇石舍村看到,稻子开始变色。"
            "石舍村的农民说,今年收成不错。")
    assert where(tag(gazetteer, None, body)) == ("苏州市", "吴中区", "临湖镇")


def test_a_town_an_opening_sets_its_scene_in_is_an_example_of_a_county_report(gazetteer):
    body = ("6月18日,在泰兴市延令街道三阳村,值班人员正在查看河道水位。\n"
            "主汛期将至,泰兴市开启备汛模式。泰兴市检查了各处堤防,虹桥镇、滨江镇举行了演练。"
            "泰兴市还组建了抢险队伍。")
    assert where(tag(gazetteer, None, body)) == ("泰州市", "泰兴市", None)
    # the same opening before a report on the village itself: its town
    body = ("6月18日,在泰兴市延令街道三阳村,值班人员正在查看河道水位。\n"
            "三阳村地势低,村里定下了日夜值班制度。")
    assert where(tag(gazetteer, None, body)) == ("泰州市", "泰兴市", "延令街道")


def test_a_community_called_after_a_town_is_not_the_town(gazetteer):
    body = "8月14日,莆田市妇联的暑期活动同步在仙游县南桥社区,荔城区拱辰社区,城厢区筱塘社区和涵江区铺尾社区举办。"
    assert where(tag(gazetteer, None, body)) == ("莆田市", None, None)


def test_a_county_short_form_opening_two_clauses_where_its_province_is_named_is_the_county(gazetteer):
    body = ("6月18日讯 这几年埋头招商,泰兴迎来一批新厂投产。"
            "眼下,泰兴正在建设的大项目有58个,一家江苏的企业也来投资。")
    assert where(tag(gazetteer, None, body)) == ("泰州市", "泰兴市", None)
    # once only, or with no province named: two characters that may be part of a word
    once = "6月18日讯 这几年埋头招商,泰兴迎来一批新厂投产,一家江苏的企业也来投资。"
    assert where(tag(gazetteer, None, once)) == (None, None, None)
    unplaced = "这几年埋头招商,泰兴迎来一批新厂投产。眼下,泰兴正在建设的大项目有58个。"
    assert where(tag(gazetteer, None, unplaced)) == (None, None, None)


def test_a_county_short_form_the_text_opens_on_after_zai_is_the_county_even_once(gazetteer):
    body = ("在太仓的江边有个某某村,原来叫某某大队,后来因村前的一条河而改了名。\n"
            "当年我在这里插队务农八年,这里就成了我的第二故乡。重阳节前,我们几个老同学相约回村看看。")
    assert where(tag(gazetteer, None, body)) == ("苏州市", "太仓市", None)
    # the same short form once, further in: two characters that may be part of a word (太仓之粟, the granary)
    later = "当年我在这里插队务农八年。重阳节前,我们几个老同学说起了太仓的老粮库,相约回村看看。"
    assert where(tag(gazetteer, None, later)) == (None, None, None)
    # a county, city or province named in full beside it: the short form alone says nothing
    beside = body.replace("相约回村看看", "相约从上海市回村看看")
    assert where(tag(gazetteer, None, beside)) != ("苏州市", "太仓市", None)


def test_a_town_in_a_long_list_of_the_sights_and_customs_near_a_village_is_in_passing(gazetteer):
    # the customs close the list far from 附近有: still the same sentence, still in passing
    body = ("2019年,江苏省卫生村名单公布,青荷村名列其中。\n青荷村有十二个村民小组,青荷村的葡萄远近闻名。\n"
            "青荷村附近有青荷湿地公园、古银杏园、老街戏台、柳家祠堂、西河水车、百年石桥、北岸书院、东岸茶社、"
            "南湖渔庄等旅游景点,"
            "有青荷大米、青荷老鹅、青荷酱菜、青荷米酒等特产,有清明节(溱潼会船)、踩高跷、清明节(溱潼会船)等民俗文化。\n"
            "区划:泰州市姜堰区娄庄镇青荷村")
    assert where(tag(gazetteer, None, body)) == ("泰州市", "姜堰区", "娄庄镇")


def test_the_namesakes_a_place_page_lists_elsewhere_are_in_passing(gazetteer):
    # an address site's footer: the places elsewhere bearing the village's name, or the town's area
    body = ("青柳村位于张家港市某河以东,北邻新港大道,全村有八百多户农家。"
            "还有2个地名与青柳村同名:广东韶关市乳源县大桥镇青柳村湖南岳阳市平江县三市镇青柳村")
    assert where(tag(gazetteer, "青柳村介绍", body)) == ("苏州市", "张家港市", None)
    body = ("青柳镇位于张家港市东部,全镇有八百多户农家。"
            "以下地名与青柳镇面积相当:湖南岳阳市平江县三市镇广东韶关市乳源县大桥镇")
    assert where(tag(gazetteer, "青柳镇介绍", body)) == ("苏州市", "张家港市", None)


def test_the_villages_a_village_is_bounded_by_with_di_are_its_neighbours(gazetteer):
    # 东抵 / 南抵 …: the bounds run to the neighbours' villages, some of another town
    body = ("青松村隶属黔西市谷里镇,全村有八个村民小组。青松村界限于东抵谷里镇白鹅村、大关镇银杏村;"
            "南抵大关镇小溪村;西抵大关镇小溪村、谷里镇中岭村;北抵谷里镇中岭村。")
    assert where(tag(gazetteer, "青松村", body)) == ("毕节市", "黔西市", "谷里镇")


def test_the_citys_literary_name_sets_the_scene_of_a_text_about_a_town_of_another_county(gazetteer):
    body = "姑苏穹窿山东麓有一片竹林,竹下有一眼清泉。\n竹林所在的茶园村,位于吴中区光福镇。村里种茶已有百年。"
    assert where(tag(gazetteer, "竹林深处有人家", body)) == ("苏州市", "吴中区", "光福镇")
    # a headline on the district, written bare, is still the district's
    body = "平江街道的老街上新开了几家书店,市民周末常来这里看书。"
    assert where(tag(gazetteer, "姑苏老街添新景", body))[:2] == ("苏州市", "姑苏区")


def test_a_far_city_written_once_as_the_city_itself_is_its_place(gazetteer):
    body = "秋雨里我又去看老城墙。出嘉兴城原北门,过一座石桥,就是小时候常去的菜场。"
    assert where(tag(gazetteer, "再见,老城门", body))[:2] == ("嘉兴市", None)
    # its characters once inside a word are still no place (嘉兴城市, a city's works)
    body = "秋雨里我又去看老城墙。报上说嘉兴城市建设很快,小时候常去的菜场也拆了。"
    assert where(tag(gazetteer, "再见,老城门", body)) == (None, None, None)


def test_a_place_in_the_title_of_a_local_history_or_an_old_map_is_the_place_as_it_was(gazetteer):
    body = "南通钟楼广场上刻着几幅老地图,最早的一幅出自《通州志》。老人们在石刻地图旁下棋。"
    assert where(tag(gazetteer, "老地图里的城", body))[:2] == ("南通市", None)
    # the district named in the headline is still the place
    assert where(tag(gazetteer, "通州区:老地图刻上广场", body))[:2] == ("南通市", "通州区")


def test_a_residents_name_after_its_role_is_no_place_there_nor_again(gazetteer):
    body = "浙江湖州的村民王金华家门前的小河清了。王金华说,住了一辈子,头一回见河里有鱼。王金华常去河边走走。"
    assert where(tag(gazetteer, "河边的喷泉", body))[0] == "湖州市"


def test_a_two_letter_name_after_a_post_of_old_is_a_person_not_a_place(gazetteer):
    body = ("传说那座古桥是尚书吴中与一位木匠一起造的。"
            "如今在相城区黄埭镇,老木匠张阿福还在教徒弟榫卯手艺,黄埭镇的老街上就有他修的几间老屋。")
    assert where(tag(gazetteer, None, body)) == ("苏州市", "相城区", "黄埭镇")
