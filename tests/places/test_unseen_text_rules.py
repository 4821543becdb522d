"""More rules found on real texts nobody had tuned for, each shown on a short made-up text."""

from tests.places.test_real_text_rules import tag, where


def test_common_words_holding_a_town_name_are_not_that_town(gazetteer):
    body = "崇川区举办“奋斗江海”主题活动,崇川区各社区的志愿者走上街头,江海大地一片热闹。"
    assert where(tag(gazetteer, None, body)) == ("南通市", "崇川区", None)  # not 崇川's 江海街道
    body = "中山市位于珠江三角洲,沙溪镇是中山市的一个镇。沙溪镇的凉茶很有名。"
    assert where(tag(gazetteer, None, body)) == ("中山市", None, "沙溪镇")  # not 中山's 三角镇


def test_a_county_feature_showing_villages_of_two_towns_stays_county_wide(gazetteer):
    body = ("常熟市的乡村越来越美。董浜镇红枫村的老宅改成了文化站,红枫村的村民常来坐坐。"
            "尚湖镇青竹村的工匠队在修花墙,尚湖镇还要再修十条村路。董浜镇也在学。")
    assert where(tag(gazetteer, "江苏常熟:乡村换新颜", body)) == ("苏州市", "常熟市", None)
    # one village named again, another town only in passing: the village's town
    body = ("常熟市董浜镇红枫村的老宅改成了文化站。红枫村的村民常来坐坐,"
            "红枫村的书记说,明年还要请尚湖镇的工匠来修花墙。")
    assert where(tag(gazetteer, None, body)) == ("苏州市", "常熟市", "董浜镇")


def test_the_area_of_two_towns_is_not_a_village_of_the_first(gazetteer):
    body = ("苏州高新区下辖浒墅关镇、通安镇和狮山街道、横塘街道、枫桥街道。"
            "狮山横塘片区人口最多,枫桥街道次之,浒墅关镇和通安镇在西边。横塘街道与狮山街道合并管理。")
    assert where(tag(gazetteer, None, body)) == ("苏州市", "虎丘区", None)


def test_a_bare_name_no_other_town_bears_counts_three_times_where_its_province_is_named(gazetteer):
    body = "甪直的水乡服饰节又开幕了。甪直的阿婆们穿上蓝印花布,节目还拿过江苏省的大奖。游客说甪直真好看。"
    assert where(tag(gazetteer, "水乡服饰节", body)) == ("苏州市", "吴中区", "甪直镇")
    body = "甪直的水乡服饰节又开幕了,节目还拿过江苏省的大奖。游客说甪直真好看。"
    assert where(tag(gazetteer, "水乡服饰节", body)) == (None, None, None)  # twice only: its city must be named


def test_era_names_greetings_and_old_towns_are_not_far_cities(gazetteer):
    body = ("木渎镇的中秋晚会上,主持人向各位来宾问好。木渎的香溪边有座古寺,建于梁大同二年,"
            "和苏州古城区的寺庙一样古老,是一座典型的江南古镇。")
    names = {m.name for m in tag(gazetteer, None, body).mentions}
    assert not names & {"来宾市", "大同市", "古城区", "南古镇"}
    assert "大同市" in {m.name for m in tag(gazetteer, None, "山西大同的云冈石窟很有名。").mentions}


def test_a_bare_town_name_that_is_also_a_sea_is_the_sea(gazetteer):
    body = "启东市的海边,长江、黄海、东海在这里交汇。启东市的渔民在近海捕鱼,合作社收购鲜货。"
    names = {m.name for m in tag(gazetteer, None, body).mentions}
    assert not names & {"东海镇", "近海镇", "黄海街道", "合作镇"}
    body = "启东市东海镇的渔港很热闹,东海镇的渔民一早出海。"
    assert where(tag(gazetteer, None, body)) == ("南通市", "启东市", "东海镇")  # named in full: the town


def test_era_names_and_river_banks_are_not_places(gazetteer):
    body = "震泽镇的老街始建于南宋绍兴初年。镇上的公园在河南岸,湖北岸是新修的步道,要构建湖区风景线。"
    names = {m.name for m in tag(gazetteer, None, body).mentions}
    assert not names & {"绍兴市", "河南省", "湖北省", "建湖县", "公园街道"}


def test_a_village_after_a_county_and_town_written_as_one_name_is_the_towns(gazetteer):
    body = "全省丰收节的主会场设在盐城东台五烈镇甘港村。甘港村的稻田里,小火车载着孩子们穿行。"
    assert where(tag(gazetteer, "丰收节在东台举办", body)) == ("盐城市", "东台市", "五烈镇")


def test_an_opening_on_a_far_place_the_body_never_returns_to_does_not_place_the_article(gazetteer):
    body = ("9月24日,全国乡镇竞争力报告在湖北发布。苏州有24个镇上榜,其中吴江占4席:盛泽镇、黎里镇、"
            "平望镇和震泽镇。盛泽镇排第6位,平望镇比去年上升4位,震泽镇首次上榜,吴江的黎里镇排第14位。")
    assert where(tag(gazetteer, None, body)) == ("苏州市", "吴江区", None)


def test_the_sentence_after_a_county_opening_says_which_town(gazetteer):
    body = ("本报讯 相城区吹响项目建设冲锋号。该区阳澄湖镇一批新厂房近日封顶。"
            "一家苏州机器人公司的项目投资两亿元,另一家苏州企业的项目也在加紧建设。")
    assert where(tag(gazetteer, None, body)) == ("苏州市", "相城区", "阳澄湖镇")
    # another town of the county named further on: the opening's county-wide news stays county-wide
    body += "黄埭镇的两个项目也同时开工。"
    assert where(tag(gazetteer, None, body)) == ("苏州市", "相城区", None)


def test_a_town_the_body_names_twice_deep_in_a_county_feature_is_an_example(gazetteer):
    head = "时间:2025年12月3日\n本报记者 张三\n"
    body = (head + "过去五年,启东的城市面貌焕然一新,启东建成了一批口袋公园。\n"
            "启东的老街巷改造一新,市民纷纷点赞。\n启东还将继续推进城市更新。\n"
            "今年夏天,吕四渔港游人如织,吕四的海鲜街也热闹起来。")
    assert where(tag(gazetteer, "城市换新颜", body)) == ("南通市", "启东市", None)
    body = (head + "吕四港镇的渔港热闹起来,吕四港镇的渔民一早出海。\n启东的客商赶来收购。")
    assert where(tag(gazetteer, "渔港换新颜", body)) == ("南通市", "启东市", "吕四港镇")


def test_the_word_city_after_a_name_does_not_cut_it_short(gazetteer):
    body = "苏州昆山城市更新又有新进展,南通城市变迁展也在南通开幕,吴江城市面貌日新月异。"
    names = {m.name for m in tag(gazetteer, None, body).mentions}
    assert not names & {"山城区", "通城县", "江城区", "江城县"}  # 昆山|城市, 南通|城市, 吴江|城市
    assert {"昆山市", "南通市"} <= names
    assert "兴城市" in {m.name for m in tag(gazetteer, None, "辽宁兴城市的海滨浴场开放了。").mentions}


def test_a_zone_written_after_its_county_is_that_countys_not_suzhous(gazetteer):
    body = "张家港市高新区(塘桥镇)举办快递小哥主题活动。活动加深了大家对高新区(塘桥镇)美食的了解。"
    places = tag(gazetteer, "塘桥镇举办主题活动", body)
    assert "虎丘区" not in {m.name for m in places.mentions}
    assert where(places) == ("苏州市", "张家港市", "塘桥镇")
    body = "苏州市高新区镇湖街道的绣娘在绣品街开店。"  # 苏州's own zone: 虎丘区
    assert "虎丘区" in {m.name for m in tag(gazetteer, None, body).mentions}


def test_everyday_words_holding_far_place_names_are_not_those_places(gazetteer):
    body = ("张家港市锡山路上的企业都是朝阳行业,广大新业态群体也来了。全市获评国家级示范县,"
            "三大新兴产业做大做强。水乡阿婆扎包头巾、穿拼接衫。")
    names = {m.name for m in tag(gazetteer, None, body).mentions}
    assert not names & {"朝阳市", "范县", "包头市", "大新镇"}
    assert "大新镇" in {m.name for m in tag(gazetteer, None, "张家港市大新镇的农民丰收了。").mentions}


def test_the_outlets_credit_at_the_head_of_a_report_is_not_where_it_happened(gazetteer):
    body = ("昆山观/苏州新闻网讯 5月2日,省农业农村厅公布了今年的示范镇名单。"
            "其中太仓市璜泾镇入选,这也是全市唯一入选的镇。")
    assert where(tag(gazetteer, None, body)) == ("苏州市", "太仓市", "璜泾镇")


def test_a_headline_counting_a_countys_winners_heads_a_county_wide_list(gazetteer):
    body = ("日前,省里公布了示范镇村名单。吴江区七都镇入选,七都镇的开弦弓村也在其中,七都镇还获评先进。"
            "平望镇也有村入选。")
    assert where(tag(gazetteer, "吴江区3镇5村上榜省级示范", body)) == ("苏州市", "吴江区", None)
    assert where(tag(gazetteer, "吴江区七都镇上榜省级示范", body)) == ("苏州市", "吴江区", "七都镇")


def test_a_river_called_after_a_town_is_the_river(gazetteer):
    body = ("书上说:吴江县在太湖东岸,古名笠泽江,亦曰松陵江。吴江建县于梁开平三年,县治设在松陵,"
            "后来又分出震泽县。吴江现在是苏州的一个区。")
    assert where(tag(gazetteer, "吴江历史", body)) == ("苏州市", "吴江区", None)
    body = "松陵江南岸的新城里,松陵的居民在吴江区的公园散步。"  # 江南 after a name is not a river
    assert "松陵街道" in {m.name for m in tag(gazetteer, None, body).mentions}


def test_a_town_the_opening_sets_off_against_the_one_the_article_is_about_is_a_foil(gazetteer):
    body = ("吴江的古镇里,同里最有名,游客也最多。我却更爱黎里。黎里的弄堂幽深,黎里的早茶便宜,"
            "同里的船我也坐过,可黎里的船娘会唱歌。周末去黎里,停车也方便。")
    assert where(tag(gazetteer, None, body)) == ("苏州市", "吴江区", "黎里镇")
    body = "吴江的古镇里,同里最有名,游客也最多。同里的船娘会唱歌,黎里的早茶也便宜。"
    assert where(tag(gazetteer, None, body)) == ("苏州市", "吴江区", "同里镇")


def test_a_town_written_by_its_former_name_is_that_town(gazetteer):
    body = "汾湖镇地处苏州市吴江区东南,镇上的古桥很多,老街两旁是明清民居。"
    assert where(tag(gazetteer, None, body)) == ("苏州市", "吴江区", "黎里镇")  # 汾湖镇 became 黎里镇 in 2013


def test_the_saying_about_green_hills_and_gold_hills_is_not_a_district(gazetteer):
    body = "启东市启隆镇与上海隔江相望,守着绿水青山,也要赢得金山银山。启隆镇不再新增工业项目。"
    assert "金山区" not in {m.name for m in tag(gazetteer, None, body).mentions}


def test_the_word_for_beautiful_before_a_slogans_place_is_not_lijiang_or_lishui(gazetteer):
    body = "为建设美丽江苏,某某村请来规划师,要把村子打造成美丽水乡。江阴市的摄影师也来拍美丽江阴。"
    names = {m.name for m in tag(gazetteer, None, body).mentions}
    assert not names & {"丽江市", "丽水市"}
    assert {"江苏省", "江阴市"} <= names  # the place the slogan praises is still named


def test_a_county_short_form_and_one_of_its_towns_named_in_full_confirm_each_other_anywhere(gazetteer):
    body = "“走进奉贤”采风活动来到柘林镇,记者们走过柘林镇的海塘。镇上的人说,这里是奉贤的文化之根。"
    assert where(tag(gazetteer, None, body)) == ("上海市", "奉贤区", "柘林镇")  # not 江西's or 广东's 柘林镇


def test_investment_drives_and_the_land_of_plenty_are_no_towns(gazetteer):
    body = ("崇川区的招商小分队刚从深圳回来,又奔赴上海。招商人员说,园区招商要拼服务。\n"
            "崇川区今年新签约项目二十个,招商成效明显。")
    assert where(tag(gazetteer, "崇川招商跑出加速度", body)) == ("南通市", "崇川区", None)  # not 深圳's 招商街道
    body = ("成都平原沃野千里,自古称天府之国。\n郫都区唐昌镇的农户今年种了油菜,唐昌镇的油菜花开成了海。\n"
            "隔壁的温江区也忙着赏花。")
    # 天府之国 is Sichuan, not 温江区's 天府街道
    assert where(tag(gazetteer, None, body)) == ("成都市", "郫都区", "唐昌镇")


def test_a_common_word_that_is_one_towns_bare_name_is_that_town_only_in_full_or_after_its_area(gazetteer):
    body = ("沧州市今年把市场监管放在首位,市场主体增加了一成。\n沧州市的商户说,市场环境越来越好,"
            "安全生产检查也没有放松,安全培训办了十场。")
    assert where(tag(gazetteer, "沧州优化市场环境", body))[2] is None  # not 运河区's 市场街道, nor any 安全乡
    body = "运河区的市场越来越热闹,运河区还新开了两个市场。"
    assert where(tag(gazetteer, None, body)) == ("沧州市", "运河区", None)
    body = "运河区市场街道新建了一座口袋公园。市场街道的居民常来散步。"
    assert where(tag(gazetteer, None, body)) == ("沧州市", "运河区", "市场街道")
    body = "南山招商的社区志愿者走进楼栋,为老人量血压。南山区的志愿服务越办越好。"
    assert where(tag(gazetteer, None, body)) == ("深圳市", "南山区", "招商街道")
    body = "深圳招商引资又有新进展,深圳市的企业服务专员走访了十家企业。"
    assert where(tag(gazetteer, None, body))[2] is None  # after its city the word is the word


def test_a_media_centres_credit_opening_a_line_below_the_pages_head_is_not_where_it_happened(gazetteer):
    # a county's media centre signs 融媒讯, on a line below the page's section, headline and source lines
    body = ("乡镇动态\n【中秋】乡亲自编自演,这台晚会热闹~\n发布日期:2024-09-18 来源:问安 编辑:枝江融媒体\n"
            "枝江融媒讯(通讯员 李青)9月17日晚,在问安镇柳湾村高坡湾落,一台中秋晚会正在举行。\n"
            "晚会由湾落的文艺骨干自发组织,乡贤代表们也上台发言。\n"
            "未来,柳湾村将继续发挥湾落村民的作用,为村民创造更好的生活。")
    assert where(tag(gazetteer, "当前位置:首页 > 新闻资讯 > 乡镇动态", body)) == ("宜昌市", "枝江市", "问安镇")


def test_places_named_after_sun_yat_sen_are_not_zhongshan_city(gazetteer):
    body = "春天看了中山陵,穿上中山装,在中山公园歇了脚。回到丹阳,陵口镇的老街正热闹,陵口镇的烧饼刚出炉。"
    assert where(tag(gazetteer, "中山陵游记", body)) == ("镇江市", "丹阳市", "陵口镇")  # not 广东's 中山市


def test_a_town_written_before_an_airport_road_is_still_the_town(gazetteer):
    # 机场路 is a road of its own (the town's), not the town's airport: 长江路 still names no 长江
    body = "青禾社区就在张浦镇机场路的北面。青禾社区有居民两千户,社区还拿过昆山市的文明奖。"
    assert where(tag(gazetteer, "青禾社区简介", body)) == ("苏州市", "昆山市", "张浦镇")


def test_a_community_named_like_a_road_right_after_its_street_is_the_streets(gazetteer):
    # roads are named after a place's short name (丹西路), never after 某某街道: 北路社区 is the 街道's community
    body = "昨天,丹西街道北路社区的志愿者把自己做的棉鞋送给独居老人。"
    assert where(tag(gazetteer, None, body)) == ("宁波市", "象山县", "丹西街道")
    assert tag(gazetteer, None, "夜市在丹西路上开张,摊主们忙着摆摊。").place is None  # the road alone is no place


def test_a_common_town_name_is_not_settled_by_its_province_alone(gazetteer):
    # 城关镇 (the seat's name, some ninety towns): 贵州's one left is 施秉's, but the text names 金沙县, which had
    # its own
    body = ("中秋节前,金沙县的几家企业和一些爱心人士来到城关镇敬老院看望老人。城关镇敬老院住着四十多位老人,"
            "大家一起吃月饼。")
    assert where(tag(gazetteer, None, body)) == ("毕节市", "金沙县", None)


def test_a_community_named_after_a_station_right_after_its_street_is_the_streets(gazetteer):
    # 北站社区 after 笋岗街道 is the 街道's community, not a station named after it (苏州北站): stations, like roads,
    # are named after a city or a town's short name, never after 某某街道 — and 北站 there is no 北站街道
    body = "重阳节当天,笋岗街道北站社区组织辖区长者在绿道上健步走,大家边走边聊。"
    assert where(tag(gazetteer, None, body)) == ("深圳市", "罗湖区", "笋岗街道")


def test_a_bare_town_name_before_he_names_the_river_called_after_it(gazetteer):
    # 周口店河 is the river, not 周口店镇 (as 盛泽荡 is the lake); but 河道 and 河长 are the town's own
    body = ("近日,北京房山举行小麦丰收季活动。来自石楼镇12个村的老党员参加了收割比赛。\n"
            "某某村地处马刨泉河与周口店河交汇之处,三面环水,曾是石楼镇的产粮大村。")
    assert where(tag(gazetteer, None, body)) == ("北京市", "房山区", "石楼镇")
    body = "吴江区同里镇开展河道整治。同里河长带队巡河,同里河道更清了。"
    assert where(tag(gazetteer, None, body)) == ("苏州市", "吴江区", "同里镇")


def test_the_islands_old_name_after_its_county_is_the_town(gazetteer):
    # 西山 (西山镇 until 2007, now 金庭镇) written after 吴中: the town; 昆明's 西山区 and 北京's 西山 are not
    body = "在苏州市吴中区西山的一处茶叶基地,采茶工正在古茶园里采摘明前茶。"
    assert where(tag(gazetteer, None, body)) == ("苏州市", "吴中区", "金庭镇")
    assert where(tag(gazetteer, None, "昆明市西山区某街道开展志愿活动,居民踊跃参加。")) == ("昆明市", "西山区", None)


def test_a_town_in_the_news_first_sentence_under_headline_lines_set_in_the_body_is_the_place(gazetteer):
    # short headline lines in the body (a cry ending on ! too) are no news: the first sentence after them writes the
    # county's one town as its address, though the county is named more often, in the headlines and companies' names
    body = ("昆山多个小区被通报\n快看看有没有你家!\n▼\n刚刚!一批小区上了名单\n"
            "9月3日,昆山市周市镇文明办对辖区小区进行检查,发现乱堆乱放等问题。\n"
            "01某某花园 责任单位:昆山某某物业管理有限公司\n02某某家园 责任单位:昆山某某物业管理有限公司\n"
            "03某某苑 责任单位:昆山某某物业服务有限公司")
    assert where(tag(gazetteer, "刚刚!", body)) == ("苏州市", "昆山市", "周市镇")
    # the county's own report, its town an example further on: still the county's
    body = ("昆山一批小区上榜\n真棒!\n9月3日,昆山市文明办公布了全市文明小区名单,各区镇共有20个小区上榜。\n"
            "名单如下。\n01某某花园 责任单位:昆山某某物业管理有限公司\n02某某家园 责任单位:昆山某某物业管理有限公司\n"
            "其中,周市镇的某某苑已是第三次上榜。")
    assert where(tag(gazetteer, "好消息!", body)) == ("苏州市", "昆山市", None)


def test_a_peninsula_called_after_a_place_is_not_that_place(gazetteer):
    body = "李哥庄镇的这个村子靠着大沽河,胶州的老人们说,早年间盐贩从这里一路往东,走到胶东半岛去。"
    tags = tag(gazetteer, "河边的村子", body)
    assert where(tags) == ("青岛市", "胶州市", "李哥庄镇")  # not left at the county for 胶州's 胶东街道
    assert "胶东街道" not in {m.name for m in tags.mentions}
    body = "记者来到徐闻县下洋镇,这里地处雷州半岛南端,渔民正忙着出海。"
    assert "雷州市" not in {m.name for m in tag(gazetteer, "渔港见闻", body).mentions}


def test_a_town_set_up_for_a_people_written_without_them_is_the_one_in_the_county_named(gazetteer):
    # 西丰县's 明德满族乡 written 明德乡, the official name of a town in 营山县
    body = "西丰县今冬办起农民夜校。明德满族乡的夜校每周开两次课,教大家养蜂和记账。"
    assert where(tag(gazetteer, "明德乡的夜校开课了", body)) == ("铁岭市", "西丰县", "明德满族乡")
    body = "营山县今冬办起农民夜校。乡里的夜校每周开两次课,教大家养蜂和记账。"
    assert where(tag(gazetteer, "明德乡的夜校开课了", body)) == ("南充市", "营山县", "明德乡")


def test_a_name_begun_by_a_surname_right_after_a_post_is_no_town(gazetteer):
    body = "连城县各镇忙春耕。昨天一早,镇党委书记赵宣和镇机关干部一起下田插秧,忙到中午才歇。"
    assert where(tag(gazetteer, None, body)) == ("龙岩市", "连城县", None)  # 赵宣, then 和: not its 宣和镇
    body = "连城县各镇忙春耕。昨天一早,镇党委书记在宣和镇的田头和镇机关干部一起插秧,忙到中午才歇。"
    assert where(tag(gazetteer, None, body)) == ("龙岩市", "连城县", "宣和镇")


def test_a_town_of_the_she_people_written_in_traditional_characters_is_that_town(gazetteer):
    body = "景寧畬族自治縣的茶農今年採茶早了十天,縣裡的茶葉市場也提前開張。"
    assert where(tag(gazetteer, None, body)) == ("丽水市", "景宁畲族自治县", None)
    body = "福安市康厝畬族鄉的茶農今年採茶早了十天,鄉裡的茶葉市場也提前開張。"
    assert where(tag(gazetteer, None, body)) == ("宁德市", "福安市", "康厝畲族乡")


def test_a_list_headed_by_towns_of_several_counties_is_the_citys(gazetteer):
    body = ("1、甪直镇\n甪直镇隶属吴中区,甪字很多人读错。\n2、浒墅关镇\n浒墅关镇在虎丘区,浒字读音特别。\n"
            "3、震泽镇\n震泽镇隶属吴江区,泽字不难。\n4、木渎镇\n木渎镇也在吴中区,渎字常被读错。")
    assert where(tag(gazetteer, "苏州市这些镇名你会读吗", body)) == ("苏州市", None, None)
    body = ("1、甪直镇\n甪直镇隶属吴中区,甪字很多人读错。\n2、木渎镇\n木渎镇也在吴中区,渎字常被读错。\n"
            "3、震泽镇\n震泽镇隶属吴江区,泽字不难。")
    assert where(tag(gazetteer, "苏州市这些镇名你会读吗", body)) == ("苏州市", "吴中区", None)


def test_neighbours_named_after_their_sides_written_out_are_not_the_place(gazetteer):
    body = ("青枫村地处常熟市董浜镇北部,东西两侧分别与黄埭镇、璜泾镇一衣带水。"
            "青枫村有三千多村民,村里的米厂远近闻名。")
    assert where(tag(gazetteer, None, body)) == ("苏州市", "常熟市", "董浜镇")  # not the city the three share


def test_a_district_named_after_the_county_it_was_is_that_county(gazetteer):
    body = "每逢周末,沙县城南的老街上都有老师傅教游客包扁肉,一条老街挤满了人。"
    assert where(tag(gazetteer, None, body)) == ("三明市", "沙县区", None)


def test_a_town_written_as_the_township_it_was_is_that_town_where_others_bear_that_name(gazetteer):
    # 石门乡 is the name of towns elsewhere, and 石门 a county's short form: 桐乡's 石门镇, once 石门乡, is still meant
    body = "说起蚕桑,石门乡的老人最有发言权。今年石门乡又办起了蚕桑节,桐乡市各地的游客挤满了老街。"
    assert where(tag(gazetteer, None, body)) == ("嘉兴市", "桐乡市", "石门镇")
    body = "说起蚕桑,石门乡的老人最有发言权。今年石门乡又办起了蚕桑节,游客挤满了老街。"
    assert where(tag(gazetteer, None, body))[2] != "石门镇"  # its county not named: one of the 石门乡 of China


def test_a_far_towns_bare_name_of_three_letters_in_the_headline_and_the_body_is_that_town(gazetteer):
    body = "华强北步行街上,商户们自发组成了文明劝导队。每到周末,华强北的志愿者还会到路口帮忙疏导人流。"
    assert where(tag(gazetteer, "华强北商户齐助创文", body)) == ("深圳市", "福田区", "华强北街道")
    # in the body alone it may be the shopping street anywhere it is named after: no place
    assert where(tag(gazetteer, "商户齐助创文", body)) == (None, None, None)


def test_a_home_towns_bare_name_the_writer_calls_a_town_is_that_town(gazetteer):
    body = "走进黎里,一条市河穿过老街,两岸的老宅倒映在水里。黎里的游客不多,正合我意。"
    assert where(tag(gazetteer, "黎里古镇", body)) == ("苏州市", "吴江区", "黎里镇")
    # never called a town, its county unnamed: written twice, no place; three times, the home region's one 黎里
    once = "走进黎里,一条市河穿过老街,两岸的老宅倒映在水里。游客不多,正合我意。"
    assert where(tag(gazetteer, "水乡黎里", once)) == (None, None, None)
    assert where(tag(gazetteer, "水乡黎里", body)) == ("苏州市", "吴江区", "黎里镇")


def test_a_home_towns_name_far_towns_bear_too_is_the_home_towns_where_the_text_keeps_to_it(gazetteer):
    body = "锦溪的莲池边,游客围着老船娘学摇橹。锦溪的老街不长,走一圈不过半小时。在锦溪住上一晚,最能体会水乡的安静。"
    assert where(tag(gazetteer, "锦溪古镇秋色浓", body)) == ("苏州市", "昆山市", "锦溪镇")  # not 龙泉's 锦溪镇
    # the far namesake's county named: not the home town's
    assert where(tag(gazetteer, "锦溪古镇秋色浓", body + "龙泉的青瓷也在这里展出。"))[1] != "昆山市"


def test_a_home_towns_landmark_says_which_town_of_its_name_the_text_is_about(gazetteer):
    body = "陈妃水冢边的莲花开了。来锦溪的游客坐船绕湖一周,船娘一路讲着老故事。"
    assert where(tag(gazetteer, "湖上莲花开", body)) == ("苏州市", "昆山市", "锦溪镇")  # not 龙泉's 锦溪镇, nor none


def test_a_home_towns_bare_name_an_essay_comes_to_late_and_keeps_calling_a_town_is_that_town(gazetteer):
    body = ("人们心中的水乡,总有小桥和石板路。\n我去过的地方不多,最难忘的是黄海之滨的余东古镇。"
            "余东古镇的老街不长,两旁是明清的老屋。傍晚的余东,只听得见脚步声。")
    assert where(tag(gazetteer, None, body)) == ("南通市", "海门区", "余东镇")  # 黄海 the sea, no town
    never_called = body.replace("余东古镇", "余东")  # three times: the home region's one 余东
    assert where(tag(gazetteer, None, never_called)) == ("南通市", "海门区", "余东镇")
    assert where(tag(gazetteer, None, never_called.replace("傍晚的余东", "傍晚"))) == (None, None, None)  # twice


def test_a_home_countys_short_form_of_three_letters_counts_wherever_it_is_written(gazetteer):
    body = "周末带孩子去了一趟张家港。从上海乘高铁去张家港只要一个小时,孩子最喜欢的是张家港的江边步道。"
    assert where(tag(gazetteer, None, body)) == ("苏州市", "张家港市", None)  # not 上海, where the train left from


def test_a_sight_of_the_town_once_called_xishan_says_which_xishan_a_text_means(gazetteer):
    body = "雨后的明月湾古村,石板街亮晶晶的。村口的老樟树下,几位阿婆在卖西山的青皮枇杷。"
    assert where(tag(gazetteer, "西山看枇杷", body)) == ("苏州市", "吴中区", "金庭镇")  # not 昆明's 西山区, nor none


def test_a_village_its_town_is_said_to_govern_is_that_towns(gazetteer):
    body = ("提起荷叶浜村,外地人多半没听过。\n没错。苏州市吴江区七都镇下辖的荷叶浜村,是出了名的蚕桑村。"
            "荷叶浜村的村口有棵老桑树。荷叶浜村的人说,养蚕是祖上传下来的手艺。")
    assert where(tag(gazetteer, "桑树下的村子", body)) == ("苏州市", "吴江区", "七都镇")


def test_a_home_towns_name_far_towns_bear_too_with_its_city_around_is_the_home_towns(gazetteer):
    body = ("望亭的油菜花开了,田埂上都是拍照的人。从苏州城里开车过来不过半小时,不像大城市那样挤。"
            "望亭的农人说,今年的菜籽收成会好。傍晚的望亭,运河上船来船往。")
    assert where(tag(gazetteer, None, body)) == ("苏州市", "相城区", "望亭镇")  # not 保定's 望亭镇, nor none
    # an essay that never names its city but speaks of the town as one (小镇) all the same
    essay = body.replace("从苏州城里开车过来不过半小时,不像大城市那样挤。", "风一吹,整个小镇都是花香。")
    assert where(tag(gazetteer, None, essay)) == ("苏州市", "相城区", "望亭镇")
    # and the far namesake's city named: not the home town's
    assert where(tag(gazetteer, None, essay + "保定的朋友也来看过。"))[1] != "相城区"


def test_a_big_city_is_not_dacheng_county(gazetteer):
    names = {m.name for m in tag(gazetteer, None, "大城市里的年轻人,周末也爱去乡下看看油菜花。").mentions}
    assert "大城县" not in names


def test_an_old_water_towns_name_other_home_towns_bear_is_the_historic_towns(gazetteer):
    body = ("周庄的清晨,船娘已经在河埠头等客了。都说这里是有名的水乡,石桥一座连着一座。"
            "在周庄住一晚,夜里只听得见摇橹声。离开周庄时,天又下起了小雨。")
    assert where(tag(gazetteer, "江苏周庄一日", body)) == ("苏州市", "昆山市", "周庄镇")  # not 江阴's, nor 兴化's
    # the other namesake's county named: not the historic town's
    assert where(tag(gazetteer, "江苏周庄一日", body + "回程顺路去江阴吃了一碗面。"))[1] != "昆山市"
    # nothing of an old town or a water town: one of three home towns, which the text does not say
    plain = ("周庄的企业家们聚在一起,全镇今年新上了十个项目。周庄还要再建一个产业园。"
             "周庄的干部说,明年的目标更高。")
    assert where(tag(gazetteer, "周庄招商有新招", plain)) == (None, None, None)


def test_a_countys_two_letter_short_form_written_as_a_word_inside_clauses_counts(gazetteer):
    body = ("湖里的大闸蟹算得上是昆山一绝。每到秋天,不少人专程到昆山一游。"
            "也有人说,不吃一回蟹,就白来了昆山这一趟。")
    assert where(tag(gazetteer, "秋风起 蟹脚痒", body)) == ("苏州市", "昆山市", None)
    # the same letters inside everyday words are no county, however often
    body = "老张对这片田非常熟悉,对村里人也非常熟悉。搬家的事定得太仓促,走得也太仓促,他说对新地方还不是非常熟悉。"
    assert where(tag(gazetteer, "老张搬家", body)) == (None, None, None)


def test_a_place_set_beside_the_one_described_as_its_peer_is_not_the_place(gazetteer):
    body = "这座小楼藏书十万卷,与山东聊城的海源阁、浙江钱塘的八千卷楼合称四大藏书楼。楼主一家五代读书、藏书。"
    assert where(tag(gazetteer, "小楼里的十万卷书", body)) == (None, None, None)  # not 聊城, its peer's city
    body = "凤凰镇的老街不长,风光却可媲美周庄。张家港市凤凰镇还要再修两条老街。"
    assert "周庄镇" not in {m.name for m in tag(gazetteer, None, body).mentions}


def test_zheng_hes_voyages_to_the_western_ocean_are_no_town(gazetteer):
    body = ("当年郑和下西洋,船队从太仓刘家港起航,到福建长乐停泊候风。太仓市如今还有郑和下西洋纪念展馆,"
            "太仓人说起郑和下西洋,都很自豪。")
    assert where(tag(gazetteer, None, body)) == ("苏州市", "太仓市", None)  # not 永安's 西洋镇


def test_a_town_named_like_a_river_whose_people_the_text_speaks_of_is_the_town(gazetteer):
    body = "平江县推出乡镇系列报道,今天说说瓮江。这里山清水秀,这里的瓮江人民个个是种瓜能手。"
    assert where(tag(gazetteer, "走进瓮江", body)) == ("岳阳市", "平江县", "瓮江镇")
    # never its people's: the name may be the river's, and the county is all the text says
    assert where(tag(gazetteer, "走进瓮江", body.replace("瓮江人民", "村民")))[2] is None


def test_the_village_the_text_keeps_naming_gives_its_town_over_a_foil_written_first(gazetteer):
    body = ("“梅花出好茶,东湾好码头”,老辈人常这么说。梅花,即长乐梅花镇;东湾,即长乐潭头镇东湾村。"
            "东湾村三面临水,东湾村的老码头还在。如今东湾村办起了民宿,东湾村的年轻人也回来了。")
    assert where(tag(gazetteer, "长乐东湾村:古渡换新颜", body)) == ("福州市", "长乐区", "潭头镇")  # not 梅花镇
    # the town the headline names stays the news, whatever village of another town the text keeps naming
    assert where(tag(gazetteer, "梅花镇:古渡换新颜", body))[2] == "梅花镇"
