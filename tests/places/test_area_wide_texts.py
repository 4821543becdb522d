"""A county's or a city's text over several of its places stays with the county or the city:
one place named a little more than the others is not where the news is. Short made-up texts."""

from tests.places.test_real_text_rules import tag, where


def test_a_town_named_twice_beside_another_named_once_leaves_the_county_text_county_wide(gazetteer):
    body = ("近日,吴江区启动夏季河道保洁行动,区河长办组织各镇开展巡查。"
            "在震泽镇,保洁员清理河面水草;震泽镇还添了两条保洁船。平望镇也同步开展了清淤。")
    assert where(tag(gazetteer, "吴江区启动夏季河道保洁", body)) == ("苏州市", "吴江区", None)


def test_a_town_named_well_over_twice_the_others_is_still_the_place(gazetteer):
    body = ("近日,吴江区启动夏季河道保洁行动。在震泽镇,保洁员清理河面水草;震泽镇还添了两条保洁船,"
            "震泽镇的志愿者也来帮忙。平望镇也同步开展了清淤。")
    assert where(tag(gazetteer, "吴江区启动夏季河道保洁", body)) == ("苏州市", "吴江区", "震泽镇")


def test_a_city_text_over_two_of_its_counties_stays_with_the_city(gazetteer):
    body = "今年全市新建高标准农田五万亩。在常熟,种粮大户说收成好,辛庄镇的农机正在作业。昆山也在推进。"
    assert where(tag(gazetteer, "苏州推进高标准农田建设", body)) == ("苏州市", None, None)
    body = "今年全市新建高标准农田五万亩。在常熟,种粮大户说收成好,辛庄镇的农机正在作业,常熟的粮仓满了。昆山也在推进。"
    assert where(tag(gazetteer, "苏州推进高标准农田建设", body))[:2] == ("苏州市", "常熟市")


def test_a_headline_counting_items_over_its_county_lists_examples(gazetteer):
    body = "近日,吴江区举行重大项目集中开工仪式。在震泽镇,一座丝绸工厂破土动工;震泽镇还将新建一所学校。"
    assert where(tag(gazetteer, "吴江区12个项目集中开工", body)) == ("苏州市", "吴江区", None)
    assert where(tag(gazetteer, "吴江区12家工厂集中开工", body)) == ("苏州市", "吴江区", None)
    # a headline counting the items of one town names the town
    assert where(tag(gazetteer, "震泽镇3个项目集中开工", body)) == ("苏州市", "吴江区", "震泽镇")


def test_towns_named_in_one_run_up_front_give_the_area_they_share(gazetteer):
    body = ("时间:2026-01-29 来源:本站\n1月,区领导分别赶赴唯亭、娄葑、金鸡湖、斜塘街道开展走访活动。\n"
            "在唯亭街道,居民代表反映了道路破损的问题。唯亭街道表示已经安排维修。")
    assert where(tag(gazetteer, "区领导走进街道听民声", body)) == ("苏州市", "苏州工业园区", None)
    body = "今年,吴中区的木渎镇、甪直镇和光福镇都建起了乡村书屋,受到村民欢迎。木渎镇的书屋最大。"
    assert where(tag(gazetteer, None, body)) == ("苏州市", "吴中区", None)
    # one of them named again as where they all met is the place
    body = "7月8日,黎里镇、同里镇和震泽镇在吴江区同里镇联合举办读书节,三镇的读者参加。"
    assert where(tag(gazetteer, None, body)) == ("苏州市", "吴江区", "同里镇")


def test_a_diary_of_dated_entries_is_about_its_county(gazetteer):
    body = ("6月1日,2023盛泽丝绸文化节闭幕式举行。区长出席并致辞。\n6月2日,吴江区召开安全生产月动员会。\n"
            "6月3日,副区长调研吴江高新区(盛泽镇)重点项目。\n6月5日,区政府召开常务会议。")
    assert where(tag(gazetteer, None, body)) == ("苏州市", "吴江区", None)


def test_two_towns_each_opening_a_paragraph_of_a_county_round_up_leave_it_county_wide(gazetteer):
    body = ("为丰富居民生活,吴江区开展了文明实践春风行动,获得群众好评。\n区文明实践中心在城区开展义卖活动。\n"
            "平望镇文明实践所开展清洁家园活动,志愿者清扫路面。\n"
            "震泽镇文明实践所联合震泽镇派出所走进中学,开展安全宣讲。")
    assert where(tag(gazetteer, "春风吹来文明新风", body)) == ("苏州市", "吴江区", None)


def test_towns_heading_sections_of_their_own_make_a_county_round_up(gazetteer):
    body = ("本周,各街道聚焦年度目标,统筹推进重点工作。\n平江片区(平江街道)\n"
            "平江街道党工委书记督查便民服务中心工程,要求加快进度。平江街道将持续推进。\n"
            "沧浪片区(沧浪街道)\n沧浪街道召开安全生产会议。")
    assert where(tag(gazetteer, "街道一周看点", body)) == ("苏州市", "姑苏区", None)


def test_a_zone_spanning_several_counties_of_a_city_is_news_of_the_city(gazetteer):
    body = "本报讯 18日,通州湾示范区一季度10个项目集中开工,总投资50亿元。市领导出席活动。通州湾将打造产业高地。"
    assert where(tag(gazetteer, "通州湾示范区项目集中开工", body)) == ("南通市", None, None)


def test_a_county_feature_that_stops_at_one_village_stays_county_wide(gazetteer):
    body = ("张家港市的土特产不少。凤凰镇的水蜜桃、凤凰镇的豆腐干都有名,"
            "金港镇高峰村的茶叶也不错,金港镇高峰村的茶场就在江边。凤凰镇每年还办桃花节。")
    assert where(tag(gazetteer, None, body)) == ("苏州市", "张家港市", None)


def test_a_county_feature_showing_villages_of_two_towns_stays_county_wide(gazetteer):
    body = ("吴江区今年评出一批美丽乡村。震泽镇众安桥村的桑园最有名,震泽镇众安桥村的游客也最多。"
            "盛泽镇西白洋片区也入选了,西白洋的湖景不输别处。吴江区的乡村游越来越热。")
    assert where(tag(gazetteer, "吴江美丽乡村名单出炉", body)) == ("苏州市", "吴江区", None)


def test_a_city_headline_over_a_body_naming_one_county_of_it_is_that_county(gazetteer):
    body = "中午时分,食堂里坐满了老人。太仓推出“老来乐”助餐项目,老人每餐只花十元。老人们都说好。"
    assert where(tag(gazetteer, "江苏苏州:小食堂吃出大幸福", body)) == ("苏州市", "太仓市", None)
    body = "中午时分,食堂里坐满了老人。太仓和常熟都推出了助餐项目,老人每餐只花十元。"
    assert where(tag(gazetteer, "江苏苏州:小食堂吃出大幸福", body)) == ("苏州市", None, None)


def test_a_place_the_article_names_far_more_outweighs_a_deeper_one_named_once(gazetteer):
    body = ("这条城际铁路是杭州市的重要线路,也连接杭州市区与江苏省吴江区。线路从杭州东站出发,"
            "穿过杭州城北,杭州的上班族出行更方便了,杭州的游客也多了。")
    assert where(tag(gazetteer, None, body))[:2] == ("杭州市", None)


def test_a_county_event_held_in_one_of_its_towns_stays_with_the_county(gazetteer):
    body = ("昨天,吴江区首届读书节启动仪式在黎里镇文化中心举行。全区各镇的读书会代表参加了活动。"
            "区图书馆发布了全年的阅读计划,黎里镇的志愿者负责引导。")
    assert where(tag(gazetteer, None, body)) == ("苏州市", "吴江区", None)
    # the town written with its county after 在 takes the reader to that town
    body = "昨天,南通市读书节启动仪式在海门区常乐镇举行。常乐镇的书院迎来了很多读者。"
    assert where(tag(gazetteer, None, body)) == ("南通市", "海门区", "常乐镇")
    # the town's own event held in the town is the town's news
    body = "昨天,黎里镇首届读书节启动仪式在黎里镇文化中心举行。吴江区图书馆送来了新书。"
    assert where(tag(gazetteer, None, body)) == ("苏州市", "吴江区", "黎里镇")


def test_an_opening_counting_across_the_county_keeps_it_though_one_village_is_shown(gazetteer):
    body = ("2022-04-20 来源:某某网\n"
            "本轮疫情以来,江苏启东2万多名网格员来到防疫一线,守住了村村户户的防线。\n"
            "在江苏省启东市海复镇某某村,258户村民被分成8个网格,网格员张三和民警一起上门走访。\n"
            "海复镇某某村网格员张三说:及时把要求通知到每一户。")
    assert where(tag(gazetteer, "网格员守在一线", body)) == ("南通市", "启东市", None)


def test_an_opening_counting_across_the_city_keeps_it_though_its_stops_lie_in_one_district(gazetteer):
    body = ("目前,南通市已建成7个县级呼叫平台,为全市1万多名独居老人提供服务。日前,政协领导一行前往崇川区"
            "永兴街道某某社区服务中心、陈桥街道某某社区服务中心实地察看。\n"
            "在永兴街道某某社区,大家详细了解了呼叫平台的运行情况。")
    assert where(tag(gazetteer, "让独居老人一呼就应", body)) == ("南通市", None, None)


def test_a_count_of_the_bodies_just_listed_is_no_count_across_the_county(gazetteer):
    # the county's office is one of the six bodies counted: the town they went to is the news
    body = ("近日,海安市角斜镇与海安市供电公司、海安市人武部等6家结对单位开展助农活动,把一批农资送到镇里的"
            "3个村。角斜镇的村干部带着大家走进田间。角斜镇各村还将继续开展结对活动。")
    assert where(tag(gazetteer, "海安开展结对助农活动", body)) == ("南通市", "海安市", "角斜镇")


def test_a_county_round_up_opening_in_one_town_stays_with_the_county(gazetteer):
    body = ("本报讯 岁末将至,如东县掘港街道某某机械公司内一派繁忙。\n"
            "位于如东县洋口镇的某某新材料项目现场,工人们正在加紧施工。\n"
            "当前,如东各区镇锚定项目建设,冲刺全年目标。")
    assert where(tag(gazetteer, None, body)) == ("南通市", "如东县", None)
    body = ("5月8日,海安市曲塘镇举行重大项目集中开工仪式,20个项目集中开工。\n"
            "这些项目分布在曲塘、李堡、角斜等10个镇(街道),总投资30亿元。")
    assert where(tag(gazetteer, None, body)) == ("南通市", "海安市", None)
    # a town's own news that mentions another town stays with the town
    body = "本报讯 岁末将至,如东县掘港街道某某机械公司内一派繁忙。公司的订单排到了明年,洋口镇的配套厂也忙了起来。"
    assert where(tag(gazetteer, None, body)) == ("南通市", "如东县", "掘港街道")



# A county's own report (its bureau at work, the county spoken of as a whole) that keeps going to one town.
_COUNTY_AT_WORK = ("入夏以来,启东市农业农村局在全市推广稻虾共养,启东市还请来专家上门指导。\n"
                   "在惠萍镇的一片稻田里,农户正在放养虾苗。惠萍镇的种植大户说,今年收成有盼头。\n"
                   "据介绍,全市已有一万多亩稻田用上新模式,启东市计划明年再扩大一倍,启东市农户都能受益。")


def test_a_county_report_that_keeps_going_to_one_town_stays_the_countys_where_the_county_acts(gazetteer):
    assert where(tag(gazetteer, "稻田里养出新希望", _COUNTY_AT_WORK)) == ("南通市", "启东市", None)


def test_the_town_stays_where_the_headline_names_it_or_the_town_speaks_for_itself(gazetteer):
    assert where(tag(gazetteer, "惠萍镇稻田里养出新希望", _COUNTY_AT_WORK)) == ("南通市", "启东市", "惠萍镇")
    own = _COUNTY_AT_WORK.replace("全市已有", "全镇已有").replace("在全市推广", "在镇里推广")
    assert where(tag(gazetteer, "稻田里养出新希望", own)) == ("南通市", "启东市", "惠萍镇")


def test_addresses_listed_one_after_another_with_only_spaces_between_make_one_run(gazetteer):
    # a list of winners copied from a post: county, town and village, a space between entries
    body = ("近日省里公布了示范村名单 通州区石港镇青田村 如东县新店镇白沙村 如皋市磨头镇红桥村 启东市王鲍镇东海村 "
            "入选\n"
            "石港镇青田村地处水乡,青田村的稻田一望无际,青田村的渔湾也引来不少游客。")
    assert where(tag(gazetteer, None, body)) == ("南通市", None, None)


def test_a_county_event_held_in_a_village_the_text_goes_on_to_tell_of_is_that_towns(gazetteer):
    body = ("昨天,东台市首届农民丰收节在五烈镇柳荫举行,全市二十多个合作社摆出了新米。"
            "柳荫村把晒场改成了展台,村民们挑着自家的菜来赶集。")
    assert where(tag(gazetteer, None, body)) == ("盐城市", "东台市", "五烈镇")
    # held in the town's hall, which is no village: the county's event, as before
    body = ("昨天,东台市首届农民丰收节在五烈镇礼堂举行,全市二十多个合作社摆出了新米。"
            "礼堂外的晒场上,村民们挑着自家的菜来赶集。")
    assert where(tag(gazetteer, None, body)) == ("盐城市", "东台市", None)


def test_a_county_event_held_in_a_community_the_text_goes_on_to_tell_of_is_that_towns(gazetteer):
    body = ("1月9日,东台在五烈镇柳荫社区举行迎春集市,开启全市年货节。\n"
            "一走进柳荫社区的文化广场,就看到一排排摊位,居民们挑着自家的菜来赶集。")
    assert where(tag(gazetteer, "东台:迎春集市开张", body)) == ("盐城市", "东台市", "五烈镇")
    body = body.replace("一走进柳荫社区的文化广场", "一走进文化广场")  # the community not told of: the county's
    assert where(tag(gazetteer, "东台:迎春集市开张", body)) == ("盐城市", "东台市", None)


def test_a_body_speaking_of_its_unwritten_county_as_a_whole_keeps_a_later_visits_stop_an_example(gazetteer):
    body = ("本报讯 5月8日,市委召开座谈会,通报全市河道整治进展,听取各方意见。\n"
            "会议指出,全市河道面貌明显改观。要总结经验,推动全市河道长效管护。\n"
            "会前,与会人员先后察看了铁富镇某某河段和一处泵站。")
    assert where(tag(gazetteer, None, body)) == ("徐州市", "邳州市", None)
    # the whole named only once: the town the text reaches its county through, as before
    body = body.replace("推动全市河道", "推动河道").replace("全市河道面貌", "河道面貌")
    assert where(tag(gazetteer, None, body)) == ("徐州市", "邳州市", "铁富镇")


def test_a_body_naming_a_province_and_a_city_in_it_is_the_citys(gazetteer):
    body = ("今年的重阳节眼看就要到了。老人们早早换上了新衣服。\n据了解,这个村在山西晋城,"
            "村里六十岁以上的老人有一百多位。")
    assert where(tag(gazetteer, "皇城村的重阳节", body)) == ("晋城市", None, None)


def test_a_list_of_as_many_towns_of_two_counties_is_the_citys(gazetteer):
    body = ("苏州市民政局近日公布了首批老年友好社区试点名单。\n试点名单\n张家港市金港镇某甲社区\n"
            "张家港市南丰镇某乙社区\n"
            "常熟市海虞镇某丙村\n常熟市虞山街道某丁社区")
    assert where(tag(gazetteer, "老年友好社区试点", body)) == ("苏州市", None, None)


def test_a_provinces_list_opening_a_text_on_one_city_named_again_is_the_citys(gazetteer):
    # the province only where the list comes from; the city the text is about named twice, nothing else inside
    body = ("记者昨日从市民政局获悉,省民政厅日前公布了江苏省第三批“最美社工”名单。南通三人入选。\n"
            "南通近年来社工队伍不断壮大,全市持证社工已超过五千人。")
    assert where(tag(gazetteer, "省级名单公布,我市三人入选", body)) == ("南通市", None, None)


def test_a_headlines_place_where_a_list_came_out_is_not_the_news_of_the_places_it_ranks(gazetteer):
    # the list came out in 北京; its opening names the home region's counties it ranks, and no place of 北京
    body = "南通三个县市上榜,如皋和海安位列其中。名单由北京某研究院编制。"
    assert where(tag(gazetteer, "百强县名单在北京发布", body)) == ("南通市", None, None)
    assert where(tag(gazetteer, "百强县名单在北京揭晓", body)) == ("南通市", None, None)
    # where the opening names the city itself, or nothing at all, the headline's place stays
    assert where(tag(gazetteer, "年度报告在苏州发布", "苏州的年度报告今天发布,各地代表参加。"))[0] == "苏州市"
    assert where(tag(gazetteer, "年度报告在北京发布", "报告显示,各地都在进步。"))[0] == "北京市"
    # a place written as the news, not only where the list came out, stays
    assert where(tag(gazetteer, "北京发布百强县名单", body))[0] == "北京市"



def test_addresses_listed_with_a_comma_between_entries_make_one_run_across_counties(gazetteer):
    # the city's headline over three villages, each written with its county and town, 、 between the entries
    body = "日前,示范村名单公布,南通市如皋市白蒲镇东风村、海安市墩头镇青石村、启东市汇龙镇红星村榜上有名。"
    assert where(tag(gazetteer, "南通三个村获评省级示范村", body)) == ("南通市", None, None)
    # one county's towns so listed are that county's
    body = "日前,示范村名单公布,南通市如皋市白蒲镇东风村、如皋市搬经镇青石村、如皋市江安镇红星村榜上有名。"
    assert where(tag(gazetteer, "南通三个村获评省级示范村", body))[:2] == ("南通市", "如皋市")


def test_two_counties_written_together_in_a_headline_give_their_city(gazetteer):
    # 如皋 and 海安 side by side with no mark between, the body giving each a paragraph, one named more often
    body = "连日来,如皋全面排查堤防闸站,如皋各镇落实值班。\n海安同步预降内河水位。"
    assert where(tag(gazetteer, "迎战台风 如皋海安全面备汛", body)) == ("南通市", None, None)
    # written apart, the county the body names more still takes it; a county with its own town stays the county's
    assert where(tag(gazetteer, "迎战台风 如皋、海安全面备汛", body))[:2] == ("南通市", "如皋市")
    assert where(tag(gazetteer, "迎战台风 如皋白蒲全面备汛", body))[:2] == ("南通市", "如皋市")


def test_one_days_dated_captions_are_a_photo_story_of_its_town_not_a_diary(gazetteer):
    # four captions of one day, each opening on the date, all in one town of a county written once
    body = ("5月8日,大岭村的茶农在山坡上采茶。\n5月8日,小河村村民在议事亭里商量修路。\n"
            "5月8日,枣林村的果农给桃树疏果。\n5月8日,驶入泰兴市黄桥镇,黄桥镇的田里一片繁忙。")
    assert where(tag(gazetteer, None, body)) == ("泰州市", "泰兴市", "黄桥镇")


def test_towns_opening_paragraphs_run_together_with_spaces_make_a_county_round_up(gazetteer):
    # a copied page whose paragraph breaks became spaces: each town still opens a piece after a full stop
    body = ("三月里,各地志愿者走上街头。 栟茶镇团委组织志愿者清扫街道,擦洗护栏。 洋口镇司法所开展普法宣传,"
            "解答居民的问题。 岔河镇志愿者走访独居老人,帮他们打扫房间。")
    assert where(tag(gazetteer, "志愿服务暖人心", body)) == ("南通市", "如东县", None)
    # a town named again after a full stop within a paragraph opens nothing
    body = ("三月里,栟茶镇志愿者走上街头,清扫街道,擦洗护栏。栟茶镇团委还走访独居老人。洋口镇的志愿者也来帮忙。"
            "栟茶镇的老人们很感动。")
    assert where(tag(gazetteer, "志愿服务暖人心", body)) == ("南通市", "如东县", "栟茶镇")


def test_a_reporter_touring_many_villages_of_a_county_gives_a_county_wide_report(gazetteer):
    # 记者走进某县诸多乡村: the towns met on the way are stops of the tour, the one met most among them
    body = ("如何化解邻里纠纷?记者走进泰兴市诸多乡村寻找答案。\n“小区里有人占了楼道。”黄桥镇某某社区调解员王五说,"
            "黄桥镇的调解室每周都开门。黄桥镇某某村的李六也有办法。\n“林地纠纷最难调。”分界镇某某村的赵七说。")
    assert where(tag(gazetteer, "泰兴乡村调解见闻", body)) == ("泰州市", "泰兴市", None)
    # without the tour, the town the text keeps coming back to
    body = ("如何化解邻里纠纷?记者来到泰兴市黄桥镇寻找答案。\n“小区里有人占了楼道。”黄桥镇某某社区调解员王五说,"
            "黄桥镇的调解室每周都开门。黄桥镇某某村的李六也有办法。")
    assert where(tag(gazetteer, "泰兴乡村调解见闻", body)) == ("泰州市", "泰兴市", "黄桥镇")


def test_a_city_headline_counting_its_towns_is_not_narrowed_to_the_first_address(gazetteer):
    # the headline counts the towns it is about: the one whose address the opening gives is one of them
    body = ("近日,省里的专家一行来到泰州市泰兴市黄桥镇,查看垃圾分类工作。截至目前,泰兴黄桥、兴化戴南、"
            "靖江孤山等5个乡镇获评省级试点。")
    assert where(tag(gazetteer, "泰州市5个乡镇获评省级试点", body)) == ("泰州市", None, None)
    # a city headline that counts nothing still goes to the town its opening addresses
    body = "近日,省里的专家一行来到泰州市泰兴市黄桥镇,查看垃圾分类工作,黄桥镇的做法得到肯定。"
    assert where(tag(gazetteer, "泰州垃圾分类获专家肯定", body)) == ("泰州市", "泰兴市", "黄桥镇")


def test_a_text_that_keeps_to_a_zone_stays_with_its_county(gazetteer):
    # 张家港保税区 is a zone the statistics list as a town: it spans towns, and the text is the county's
    body = ("保税区是对外开放的特殊区域。它由海关监管,政策独特。它让周边的经济活跃起来。1992年,张家港保税区设立,"
            "引进企业上千家,张家港的化工产业全国闻名。张家港保税区还与金港镇实行区镇合一,张家港保税区的港口也更忙了。")
    assert where(tag(gazetteer, None, body)) == ("苏州市", "张家港市", None)


def test_the_names_of_a_source_line_under_the_head_are_not_where_the_news_is(gazetteer):
    body = ("保税区,再创佳绩!\n2025-03-02 来源:金港之声 作者:张家港融媒\n"
            "今年以来,张家港保税区新签约项目三十个,港口的货轮也比往年多。")
    assert where(tag(gazetteer, None, body)) == ("苏州市", "张家港市", None)  # not 金港街道, the source's


def test_a_city_named_far_more_often_than_the_others_is_the_texts(gazetteer):
    body = ("某某某\n[摘要]一位状元的旧居有好几处,要先理清它们各自的来历。\n[关键词]状元;旧居\n"
            "1990年我陪朋友去南通市看老宅,在南通市区走了一整天,又去了南通的博物馆和南通的老街,南通人都很热情。"
            "文章写成后登在上海的期刊上,又被江西、山西的两家学刊和上海的杂志转载。")
    assert where(tag(gazetteer, "状元旧居考", body))[0] == "南通市"


def test_a_count_across_the_county_later_in_its_first_paragraph_keeps_the_text_the_countys(gazetteer):
    body = ("近年来,常熟市把旧小区改造当作一件大事来抓。截至今年5月,常熟市已有30个小区完成改造,惠及居民两千多户。\n"
            "虞山街道某某社区的改造去年启动,居民提了不少意见。虞山街道说,明年还要再改三个小区。")
    assert where(tag(gazetteer, "常熟持续推进旧小区改造", body)) == ("苏州市", "常熟市", None)
    # a first paragraph counting nothing across it: the one town shown is the text's
    body = ("近年来,常熟市把旧小区改造当作一件大事来抓。今年,改造又有了新做法。\n"
            "虞山街道某某社区的改造去年启动,居民提了不少意见。虞山街道说,明年还要再改三个小区。")
    assert where(tag(gazetteer, "常熟持续推进旧小区改造", body)) == ("苏州市", "常熟市", "虞山街道")


def test_a_numbered_list_of_spots_is_the_countys_round_up_not_its_first_items_town(gazetteer):
    body = ("假期来张家港走走吧,我们挑了几个去处。\n"
            "一、花海\n春天到了,张家港经开区(杨舍镇)某某村的花海换了新装,一年四季都有花开。\n"
            "二、竹林\n山上的竹林里风声阵阵,适合散步。\n"
            "三、江边\n傍晚的江堤上,看船来船往。")
    assert where(tag(gazetteer, "来张家港过长假", body)) == ("苏州市", "张家港市", None)
    # a town's own feature told in numbered parts names the town in more than one
    body = ("杨舍镇这几年变化很大。\n"
            "一、新路\n杨舍镇新修了十条路。\n"
            "二、新桥\n杨舍镇的老桥也修好了。\n"
            "三、新园\n镇上还多了一座公园。")
    assert where(tag(gazetteer, "张家港杨舍的新变化", body)) == ("苏州市", "张家港市", "杨舍镇")


def test_a_city_text_opening_across_its_counties_after_a_date_line_is_the_citys(gazetteer):
    body = ("时间:2024-01-24\n"
            "停运十天后,今天起,南通地区各客运站重新开门,市区开往各县的班车也跑起来了。\n"
            "早上8点,开往海安的大巴准时出站。一位旅客说,终于能回海安了。")
    assert where(tag(gazetteer, "南通汽车站今起恢复营业", body)) == ("南通市", None, None)


def test_a_city_body_naming_its_own_bodies_more_than_the_one_county_of_its_example_is_the_citys(gazetteer):
    body = ("这几年,苏州市公安局在防骗上想了不少点子。今年苏州市各派出所办了上万场讲座,"
            "苏州市的骗局少了一成。\n常熟市一个派出所的民警还编了段评弹,在书场里唱给老人听。")
    assert where(tag(gazetteer, "苏州公安反诈宣传进万家", body)) == ("苏州市", None, None)


def test_a_citys_visit_naming_one_towns_stop_twice_and_other_counties_as_often_is_the_citys(gazetteer):
    body = ("1月22日,省里的一个考察团到南通市参观学习。考察团先后来到吕四港镇、崇川区和海门区,了解产业发展情况。\n"
            "在吕四港镇,考察团看了新码头。在崇川区,考察团走访了几家企业。在海门区,考察团参观了一个园区。")
    assert where(tag(gazetteer, None, body))[:2] == ("南通市", None)
    # no other county named: the town the city's text comes back to, as before
    body = body.replace("、崇川区和海门区", "")
    body = body.replace("在崇川区,考察团走访了几家企业。在海门区,考察团参观了一个园区。", "")
    assert where(tag(gazetteer, None, body)) == ("南通市", "启东市", "吕四港镇")
