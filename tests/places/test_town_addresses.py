"""A town written as an address right after its county or zone, up front, under a headline naming
only the county or zone, is where the news is. Short made-up texts."""

from tests.places.test_real_text_rules import tag, where


def test_a_town_written_with_its_zone_as_one_name_is_an_address(gazetteer):
    body = "近日,苏州工业园区斜塘街道一个社区开展楼道清理,居民们纷纷点赞。社区还将每月组织一次。"
    assert where(tag(gazetteer, "苏州园区社区清理楼道", body)) == ("苏州市", "苏州工业园区", "斜塘街道")


def test_a_zone_text_naming_two_of_its_towns_stays_zone_wide(gazetteer):
    body = "近日,苏州工业园区斜塘街道和唯亭街道的社区开展楼道清理,居民们纷纷点赞。"
    assert where(tag(gazetteer, "苏州园区社区清理楼道", body)) == ("苏州市", "苏州工业园区", None)


def test_the_town_said_right_after_the_sentence_naming_the_county_is_the_place(gazetteer):
    body = "画面里是一片金黄的稻田。航拍镜头下的苏州高新区美不胜收。在镇湖街道,农民们正在收割晚稻。"
    assert where(tag(gazetteer, "航拍稻田", body)) == ("苏州市", "虎丘区", "镇湖街道")


def test_a_city_in_the_headline_takes_the_town_written_after_the_city_and_its_zone(gazetteer):
    body = "3月5日,九江五中的学生走进九江经开区十里街道一个社区,帮居民清理楼道杂物,宣传垃圾分类。"
    assert where(tag(gazetteer, "九江五中学生进社区做志愿", body)) == ("九江市", "濂溪区", "十里街道")


def test_a_county_headline_over_a_text_set_in_one_of_its_towns_is_news_of_that_town(gazetteer):
    body = ("6月15日,农村环境整治现场会召开,逐一梳理曲塘镇新河村、双楼村在环境方面的短板,找准问题根源。"
            "市委书记主持会议并讲话,要求以点带面,推动全市农村环境再上台阶,让海安乡村更美更宜居。")
    assert where(tag(gazetteer, "现场会召开 让海安乡村更美", body)) == ("南通市", "海安市", "曲塘镇")
    # a town where a meeting sat is no address: the county's report stays county-wide
    body = ("6月15日,农村环境整治现场会在曲塘镇的会议室召开,逐一梳理各村在环境方面的短板,找准问题根源。"
            "市委书记主持会议并讲话,要求以点带面,推动全市农村环境再上台阶,让海安乡村更美更宜居。")
    assert where(tag(gazetteer, "现场会召开 让海安乡村更美", body)) == ("南通市", "海安市", None)
    # nor is the seat of the county's government, spaced or not
    body = "海安市是江苏省的一个县级市,由南通市代管。市政府驻 海安街道长江中路106号。海安历史悠久,物产丰富。"
    assert where(tag(gazetteer, "海安市", body)) == ("南通市", "海安市", None)
    # a town of it named only further on, beside another, leaves it county-wide
    body = ("多年前这里交通闭塞,村民靠种地为生。如今海安的村里办起了花卉市场,客商纷纷前来,村民收入翻了一番。"
            "海安各地都来取经,曲塘镇、李堡镇的干部也来了。")
    assert where(tag(gazetteer, "探访海安新河村", body)) == ("南通市", "海安市", None)


def test_a_town_the_opening_takes_the_reader_to_with_its_community_is_the_venue(gazetteer):
    body = "3月2日,几位区人大代表一起来到江陵街道江兴社区,听取居民对停车难的意见。代表们一一记下。"
    assert where(tag(gazetteer, "人大代表在吴江听民意", body)) == ("苏州市", "吴江区", "江陵街道")
    body = "据悉,这次改造的小区位于平江街道拙政园社区,涉及三幢楼。改造将在月底开工。"
    assert where(tag(gazetteer, "苏州一老小区将改造", body)) == ("苏州市", "姑苏区", "平江街道")


def test_a_town_and_village_without_a_word_that_takes_the_reader_there_is_an_example(gazetteer):
    body = "吴江区推广桑蚕新技术,震泽镇众安村蚕农说效果好。全区今年推广三千亩。"
    assert where(tag(gazetteer, "吴江区推广新技术", body)) == ("苏州市", "吴江区", None)
    body = "代表们先来到江陵街道江兴社区,又走进八坼街道龙津社区,听取居民意见。"
    assert where(tag(gazetteer, "人大代表在吴江听民意", body)) == ("苏州市", "吴江区", None)


def test_an_opening_on_a_village_of_the_city_takes_the_address_the_next_sentence_gives(gazetteer):
    body = ("初冬时节,记者来到苏州某某村,游客在稻田花海前拍照。\n"
            "某某村位于苏州市吴江区同里镇东北角,四面是湖,村里多种水稻。")
    assert where(tag(gazetteer, None, body)) == ("苏州市", "吴江区", "同里镇")
    # the city's own report, an address given later: the city's
    body = ("近日,苏州市物价局对全市种粮农户开展了成本收益调查。记者在吴中区临湖镇某某村看到,稻子熟了。"
            "调查显示,今年全市粳稻单产增加一成。")
    assert where(tag(gazetteer, None, body)) == ("苏州市", None, None)


def test_a_countys_zone_word_with_its_town_in_brackets_is_that_town(gazetteer):
    body = ("如皋某某社区以居民需求为导向,把微服务贯穿社区治理全过程\n"
            "社区治理是城市精细化管理的缩影,也是居民幸福感的关键所在。如皋高新区(城南街道)某某社区聚焦群众反映的"
            "堵点问题,搭建议事平台,让居民参与社区事务。某某社区还组建了志愿服务队。")
    assert where(tag(gazetteer, None, body)) == ("南通市", "如皋市", "城南街道")


def test_a_community_named_again_after_its_street_gives_the_street(gazetteer):
    body = ("昨天,台风向苏城袭来,苏州启动防汛应急响应。老城的社区即刻响应,把服务做在前面。\n"
            "一则预警在姑苏区双塔街道青石巷社区的居民群里发出。青石巷是辖区的易涝街巷,社区干部连夜巡查。"
            "青石巷的居民说,心里踏实多了。姑苏区防汛办也派人来到巷子里。")
    assert where(tag(gazetteer, None, body)) == ("苏州市", "姑苏区", "双塔街道")
    # under a headline counting what it lists, the community named again is one of the list
    body = ("近日,市里公布先进典型名单,我区3个典型上榜。\n"
            "其中,姑苏区双塔街道青石巷社区的志愿服务队入选。青石巷志愿服务队常年为老人送餐。")
    assert where(tag(gazetteer, "姑苏区3个典型上榜", body)) == ("苏州市", "姑苏区", None)


def test_a_village_first_named_under_a_section_head_takes_the_town_written_before_it_further_on(gazetteer):
    body = ("金秋时节,在江苏海安,田野里处处是收获的景象。\n"
            "“订单”毛豆,鼓起钱袋子\n"
            "这几天,瓦甸村的毛豆基地开始采收,村民们忙着采摘装筐。\n"
            "一位农场负责人说,今年毛豆长得好,收购价也稳。\n"
            "近年来,海安市城东镇瓦甸村发展蔬菜产业,瓦甸村的毛豆远销上海。")
    assert where(tag(gazetteer, "江苏海安:金秋田野收获忙", body)) == ("南通市", "海安市", "城东镇")



def test_a_reading_printed_in_brackets_after_a_character_breaks_no_address(gazetteer):
    # some copying sites print the reading of a character with several (鎮(zhèn), 區(qū)) right after it
    body = ("昨天,“江苏非遗进乡村”苏州站暨一场老庙会在张家港举行,全省的表演队齐聚一堂。\n"
            "这场庙会已有几百年历史,舞龙、挑花担、打莲湘轮番上演。\n"
            "張家港高新區(qū)(塘橋鎮(zhèn))村民说,庙会每年都热闹。\n"
            "張家港高新區(qū)(塘橋鎮(zhèn))的干部表示,明年还要办得更好。")
    assert where(tag(gazetteer, None, body)) == ("苏州市", "张家港市", "塘桥镇")
    body = ("“好日子,甜又香。”这句老广告词,很多人还记得。记不得也不要紧,那位在高原上守了三十年的老民警,"
            "大家总该知道。他们,都来自泰兴市黄橋鎮(zhèn)红星村。当年,红星村办起了泰兴市第一家村办厂,"
            "红星人敢闯敢干,红星村的日子越过越红火。")
    assert where(tag(gazetteer, None, body)) == ("泰州市", "泰兴市", "黄桥镇")


def test_an_address_trail_ending_on_town_and_village_ties_the_village_to_its_town(gazetteer):
    opening = "2019年,江苏省卫生村名单公布,青荷村名列其中。\n青荷村有十二个村民小组,青荷村的葡萄远近闻名。\n"
    for trail in ("区划:江苏省·泰州市·兴化市·戴南镇·青荷村", "您的位置:江苏省 > 泰州市 > 兴化市 > 戴南镇 > 青荷村"):
        assert where(tag(gazetteer, None, opening + trail)) == ("泰州市", "兴化市", "戴南镇")


def test_a_community_heading_its_own_page_is_in_the_first_town_named_in_its_county(gazetteer):
    body = ("柳岸社区由原柳岸村、东桥村合并而成。社区下设六个居民小组。\n所属地区:常州市武进区湖塘镇\n"
            "柳岸社区先后获得武进区文明社区、武进区平安社区等称号。")
    assert where(tag(gazetteer, "柳岸社区", body)) == ("常州市", "武进区", "湖塘镇")


def test_the_one_town_of_a_county_the_text_never_writes_is_the_place(gazetteer):
    # a county reached only through the town, named once: the text says the town, not the county
    body = ("周六一早,十多位居民聚到小区中心的空地上。大家分成三组,擦洗宣传栏,捡拾落叶。"
            "这次清扫由丈亭镇的文明实践站牵头,把乱停的单车也摆放整齐。")
    assert where(tag(gazetteer, "周末清扫", body)) == ("宁波市", "余姚市", "丈亭镇")
    # a province opening, the town written once further on and its county never
    body = ("2021年,青禾社区被评为江苏省的卫生村。\n2019年,江苏省民政厅授予青禾社区示范社区称号。\n"
            "青禾社区:地处盐东镇的北部,居民三千多人。")
    assert where(tag(gazetteer, "青禾社区", body)) == ("盐城市", "亭湖区", "盐东镇")
    # the county written too, once like the town: the county's report, as before
    body = ("周六一早,十多位居民聚到小区中心的空地上。大家分成三组,擦洗宣传栏,捡拾落叶。"
            "这次清扫由丈亭镇的文明实践站牵头,余姚市的志愿者也来了。")
    assert where(tag(gazetteer, "周末清扫", body)) == ("宁波市", "余姚市", None)
    # a city the opening writes, its town once further on: the city's text, as before
    body = ("苏州市的十多位志愿者周六一早聚到一处空地上。大家分成三组,擦洗宣传栏,捡拾落叶。"
            "这次清扫由木渎镇的文明实践站牵头,把乱停的单车也摆放整齐。")
    assert where(tag(gazetteer, "周末清扫", body)) == ("苏州市", None, None)


def test_readings_a_copying_site_prints_after_characters_do_not_break_the_community_from_its_town(gazetteer):
    # 鎮(zhèn), 區(qū): a reading in brackets after a character of several readings, even inside the names
    body = ("長(zhǎng)青社區(qū):位于老街東側。\n長(zhǎng)青社區(qū)與河西村、桥北村相鄰。\n"
            "區(qū)劃:江蘇省·泰州市·興化市·戴南鎮(zhèn)·長(zhǎng)青社區(qū) |")
    assert where(tag(gazetteer, None, body)) == ("泰州市", "兴化市", "戴南镇")


def test_a_village_the_text_says_lies_in_a_town_is_that_towns(gazetteer):
    body = ("福建 乡村名录\n福建省泉州市南安市的青禾村\n青禾村位于金淘镇中部,离南安市区不远。"
            "青禾村原属官桥公社,村民多种茶叶,一年四季都有人上山。")
    assert where(tag(gazetteer, None, body)) == ("泉州市", "南安市", "金淘镇")
    body = ("福建 乡村名录\n福建省泉州市南安市的青禾村\n青禾村离南安市区不远,金淘镇的人也常来。"
            "青禾村原属官桥公社,村民多种茶叶,一年四季都有人上山。")  # a town in passing: the county's, as before
    assert where(tag(gazetteer, None, body)) == ("泉州市", "南安市", None)


def test_a_county_and_its_town_written_once_as_the_only_places_of_a_text_are_that_town(gazetteer):
    body = ("九月初九是重阳节。这一天也是老人节。上午,邳州市铁富镇敬老院里搭起了戏台,"
            "老人们看戏吃糕,乐了一整天。")
    assert where(tag(gazetteer, None, body)) == ("徐州市", "邳州市", "铁富镇")
    # another town of the county named too: the county's feature, as before
    body = ("九月初九是重阳节。这一天也是老人节。上午,邳州市铁富镇敬老院里搭起了戏台,"
            "老人们看戏吃糕。港上镇、四户镇也办了敬老宴。")
    assert where(tag(gazetteer, None, body))[2] != "铁富镇"


def test_a_county_written_once_more_on_its_towns_line_in_a_teams_name_leaves_the_address_the_place(gazetteer):
    body = ("农业要兴,先要懂农。为摸清果农的难处,找准帮扶的门路。3月2日,某某志愿者邳州爱心服务队5人前往"
            "邳州市铁富镇东区果园,走进果农家中,问今年的收成。\n果农说,今年桃子挂果多,价钱却不高。")
    assert where(tag(gazetteer, None, body)) == ("徐州市", "邳州市", "铁富镇")
    # the county named again further on: its own report, the town a stop, as before
    body = body + "\n邳州市今年还将组织更多志愿者下乡。"
    assert where(tag(gazetteer, None, body))[2] is None


def test_the_first_paragraph_is_read_past_a_sites_sections_headline_and_source_line(gazetteer):
    body = ("学术研究\n专家观点\n项目成果\n研讨动态\n分中心活动\n传播普及\n徐州:重阳节里唱大戏\n来源:某某网 "
            "更新时间:2024-10-12\n"
            "某某晚报讯 九月初九是重阳节。上午,邳州市铁富镇敬老院里搭起了戏台,老人们看戏吃糕,乐了一整天。")
    assert where(tag(gazetteer, None, body)) == ("徐州市", "邳州市", "铁富镇")


def test_past_a_headline_line_naming_only_the_city_the_town_comes_after_the_city_and_its_zone(gazetteer):
    # the bar taken for the headline names nothing; the body's first line is the headline, naming the city; the
    # news's first sentence writes the town after the city and its zone, the zone read as the city's own name
    body = ("江苏镇江:小项目办成村民大实事\n\n2025-01-09 10:00 来源:某某网\n\n"
            "某某网讯 刚刚过去的一年,江苏镇江高新区蒋乔街道柳荫村实施了8个公益项目。\n"
            "柳荫村艺术团的成员都是村里的文艺爱好者。")
    bar = "首页 专题新闻 本地专题 新时代 新作为 镇江新闻"
    assert where(tag(gazetteer, bar, body)) == ("镇江市", "润州区", "蒋乔街道")


def test_a_village_placed_in_its_town_and_named_again_and_again_names_the_town(gazetteer):
    # the town written once, late, as the address of the village the text keeps naming; the county more often
    body = ("吴江区的乡村游这几年越来越热,吴江的游客也越来越多。\n"
            "从上海出发,驱车一个多小时,迎面就能看到一座牌楼。\n"
            "牌楼后面是柳荫村,属苏州市吴江区七都镇。柳荫村的村民说,游客常来。\n"
            "在柳荫村,纪念馆是标志性建筑,柳荫村的小店也挂着老招牌。")
    assert where(tag(gazetteer, "这个村子为什么有名", body)) == ("苏州市", "吴江区", "七都镇")


def test_a_county_named_again_on_the_headlines_line_in_the_body_leaves_the_address_town(gazetteer):
    # a site's placeholders taken for the title; the headline set in the body names the county, the credit its city;
    # the news's first sentence writes the town right after the county, the only town the text names
    body = ("更多\n列标题 列标题 列标题列标题列标题列标题\n百家号 头条号 网易号企鹅号搜狐号公众号\n详细内容\n\n"
            "汉川俩兄弟出30万元 义务修桥回报桑梓\n\n时间:2020-05-01     作者:张三 李四【转载】   来自:孝感晚报\n\n"
            "近日,湖北汉川市杨林沟镇某某村兴脉桥正式开工建设,修桥费用30多万元,全部由村里在外经商的两兄弟承担。\n\n"
            "看到桥梁动工,村民们都很高兴。")
    assert where(tag(gazetteer, "标题", body)) == ("孝感市", "汉川市", "杨林沟镇")


def test_a_town_written_after_a_county_that_has_no_such_town_now_leaves_the_county_without_a_town(gazetteer):
    body = "乐山市市中区临江镇今年修好了通村公路,临江镇的集市也热闹起来。"
    assert where(tag(gazetteer, None, body)) == ("乐山市", "市中区", None)  # not 资阳's 临江镇, nor any other


def test_a_town_written_after_its_own_county_stays_that_county_s_town(gazetteer):
    body = "江阴市周庄镇今年修好了通村公路,周庄镇的集市也热闹起来。"
    assert where(tag(gazetteer, None, body)) == ("无锡市", "江阴市", "周庄镇")


def test_a_community_said_to_be_one_of_a_towns_is_that_towns(gazetteer):
    body = ("苏州这座古城,处处有老街老巷。桂花社区,作为苏州市吴中区城南街道的一个行政社区,已有二十年历史。\n"
            "桂花社区位于苏州市吴中区东部,交通方便。桂花社区现有居民三千人。")
    assert where(tag(gazetteer, "引言", body)) == ("苏州市", "吴中区", "城南街道")  # not 一个行政 as a community


def test_an_address_going_on_to_its_village_deep_in_the_text_is_its_town(gazetteer):
    body = ("编者按:治水这几年,各地都有新变化。\n湖边人家\n"
            "今年夏天,浙江长兴县太湖街道某某村的村民老王家门前的河变清了。老王说,河边住了一辈子,头一回看见鱼。")
    assert where(tag(gazetteer, "河清了", body)) == ("湖州市", "长兴县", "太湖街道")
    # a stop of a county's own tour, no village after it, stays the county's
    body = ("编者按:治水这几年,各地都有新变化。\n湖边人家\n"
            "今年夏天,长兴县领导检查治水工作。太湖街道的泵站正在检修,领导要求加快进度。")
    assert where(tag(gazetteer, "检查治水", body))[2] is None


def test_the_locality_answerable_for_an_estate_is_its_town(gazetteer):
    body = ("近日,桃园新村的旧楼翻新收了尾,九幢楼三百多户人家都沾了光。住在三楼的王阿姨说,墙面亮堂了,"
            "楼下添了放快递的柜子和给电瓶车充电的桩,还有一座能坐着喝茶聊天的小亭子,她最中意。\n"
            "小区是八十年代盖的,这些年楼道、路面一处处坏了,车子没处停,"
            "花草也没人打理,大家进进出出都不方便,盼翻新盼了好些年。\n"
            "施工那几个月,属地姑苏区平江街道开了好几回碰头会,和区里管建设的部门一起把工期往前赶。")
    assert where(tag(gazetteer, "惠及三百多户居民 桃园新村改造完工", body)) == ("苏州市", "姑苏区", "平江街道")



def test_a_community_right_after_its_city_is_placed_by_the_sentence_after(gazetteer):
    # as a village is: 记者来到苏州某某村。某某村位于…
    body = "记者来到苏州长浜社区。长浜社区位于吴江区同里镇东部,居民三千多户。社区的老人食堂每天开饭两次。"
    assert where(tag(gazetteer, None, body)) == ("苏州市", "吴江区", "同里镇")


def test_a_county_written_before_the_village_a_city_text_keeps_naming_is_the_county(gazetteer):
    body = ("【本网专稿】\n苏州本地的杨梅就要上市了,大家早就等着这一口。\n"
            "在高新区竹岭村,杨梅是村里的三件宝之一。竹岭的杨梅树有一千多亩,竹岭人每家都种。"
            "村里说,今年竹岭的杨梅比往年甜。")
    assert where(tag(gazetteer, "竹岭杨梅再过几天上市", body))[:2] == ("苏州市", "虎丘区")



def test_the_one_town_a_city_text_says_its_subject_lies_in_is_the_town(gazetteer):
    body = ("又入选!苏州唯一!\n发布日期:2024/3/2\n近日\n省里公布了\n头一批古迹公园\n"
            "石塘山古村落位于唯亭街道,离湖岸约一里,六千年前就有人住。那里挖出过玉器和稻谷。")
    assert where(tag(gazetteer, None, body)) == ("苏州市", "苏州工业园区", "唯亭街道")


def test_a_headline_counting_the_things_of_the_one_town_the_text_dwells_on_is_the_towns(gazetteer):
    body = ("“美在渭塘”渭塘镇便民服务圈启动仪式日前举行。据介绍,渭塘镇这次推出的服务圈有四个,"
            "分别管买菜、看病、读书和健身。\n近年来,渭塘镇在便民服务上下了不少功夫,居民办事少跑了很多路。")
    assert where(tag(gazetteer, "相城这里推出4个便民“圈”", body)) == ("苏州市", "相城区", "渭塘镇")


def test_a_town_going_on_to_its_village_is_an_address_though_the_county_is_named_apart(gazetteer):
    body = ("华南区 王小红 报道\n为了让村里更干净、更整洁,提高村庄的环境卫生水平。\n"
            "5月29日上午,江苏苏州张家港市一家企业的志愿者,应杨舍镇柳塘村委的邀请,到村里清理垃圾和杂草。"
            "志愿者们不怕脏不怕累,把路面打扫得干干净净。")
    assert where(tag(gazetteer, "志愿服务 你我同行", body)) == ("苏州市", "张家港市", "杨舍镇")


def test_where_a_text_first_says_its_subject_lies_gives_the_town_but_not_an_item_of_a_list(gazetteer):
    body = ("周末想在近处走走,就开车去了张家港。\n听人说张家港有个上千年的古村,"
            "宋代就热闹起来了。\n这座古村位于张家港塘桥镇,可我到了一看,老街全是新盖的。")
    assert where(tag(gazetteer, "一次失望的古村之行", body)) == ("苏州市", "张家港市", "塘桥镇")
    body = ("太仓今年要建几所新学校,列在下面。\n人民路幼儿园 位于城北,九月完工。\n"
            "新苗幼儿园 位于沙溪镇新区,能收三百多个孩子。\n城东小学 位于城东新区,明年招生。")
    assert where(tag(gazetteer, "太仓今年新建三所学校", body)) == ("苏州市", "太仓市", None)


def test_a_former_unit_glossed_with_todays_town_is_that_town(gazetteer):
    body = ("江苏东部的海边,是一片年轻的土地。很多人心里,它和远古扯不上关系。可是1975年春天,"
            "海安县沙岗公社(今南莫镇)东河村民的一次挖塘,却让人们看法大变。陶罐、骨器……一件件文物,"
            "把这里的历史推到几千年前。\n后来专家们在东河先后发掘了两次。")
    assert where(tag(gazetteer, None, body)) == ("南通市", "海安市", "南莫镇")
    body = body.replace("(今南莫镇)", "")  # the old commune alone: no town said
    assert where(tag(gazetteer, None, body))[2] is None
