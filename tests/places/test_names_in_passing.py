"""Names in passing: a town in a document's title, a port, a pond or lake named after it, its
neighbours — none is where the news is. Short made-up texts."""

from tests.places.test_real_text_rules import tag, where


def test_a_town_inside_a_documents_title_is_not_where_the_news_is(gazetteer):
    body = ("昨日,昆山市市长主持召开市政府常务会议,听取了《关于支持巴城镇建设湖滨新城的议案》办理情况汇报。"
            "会议要求各部门抓紧落实,就《关于支持巴城镇建设湖滨新城的议案》他强调,要抓牢关键问题。")
    assert where(tag(gazetteer, "市政府召开常务会议", body)) == ("苏州市", "昆山市", None)


def test_a_town_named_as_its_port_is_not_the_town(gazetteer):
    body = ("今年以来,启东江海岸线大潮迭涌,吕四深水港迎来一艘艘货轮。启东将以吕四起步港区为引擎,"
            "加快建设沿海城市,启东的开放水平不断提升。")
    assert where(tag(gazetteer, "启东打造开放窗口", body)) == ("南通市", "启东市", None)


def test_flowers_and_trees_are_not_a_town_of_shanghai(gazetteer):
    body = ("记者走进海安的花木基地,苗木枝繁叶茂。种植户李四早年在上海打工,回乡后做起花木生意,"
            "带动乡亲们种花木致富。海安花木远销各地。")
    assert where(tag(gazetteer, "海安花木产业兴旺", body)) == ("南通市", "海安市", None)


def test_a_pond_named_after_a_town_is_not_the_town(gazetteer):
    body = "苏州相城区渭塘镇盛泽荡村的荷花开了。盛泽荡村的游客多了起来,盛泽荡边的民宿也住满了。"
    names = {m.name for m in tag(gazetteer, None, body).mentions}
    assert "盛泽镇" not in names
    assert where(tag(gazetteer, None, body)) == ("苏州市", "相城区", "渭塘镇")


def test_a_county_and_a_lake_named_after_its_town_name_the_county_not_the_town(gazetteer):
    body = "秋天到了,苏州相城阳澄湖边的农家乐又热闹起来。阳澄湖的湖面上,渔船来来往往,相城区的游客中心忙个不停。"
    assert where(tag(gazetteer, "湖边的秋天", body)) == ("苏州市", "相城区", None)
    body = "苏州相城阳澄湖镇的美人腿半岛上新开了一家书店,书店就在阳澄湖镇的湖边。"
    assert where(tag(gazetteer, None, body)) == ("苏州市", "相城区", "阳澄湖镇")


def test_the_neighbours_of_a_town_described_are_not_the_town(gazetteer):
    body = ("横泾街道隶属于苏州市吴中区,东接临湖镇,西连东山镇,北靠木渎镇与越溪街道。"
            "横泾街道下辖多个社区,临湖镇的游客也常来。")
    assert where(tag(gazetteer, None, body)) == ("苏州市", "吴中区", "横泾街道")


def test_the_bounds_a_community_is_given_by_are_not_its_county(gazetteer):
    body = ("某某社区位于相城区的商业中心,服务范围东起某某路,西至某某路,南起姑苏交界处,北至某某路。"
            "社区每周五为居民提供修鞋、理发、量血压等便民服务。")
    assert where(tag(gazetteer, None, body)) == ("苏州市", "相城区", None)


def test_the_menu_bar_heading_a_page_names_the_site_not_where_the_news_is(gazetteer):
    body = ("首页 | 中山网 | 新闻 | 政务 | 视频 | 中山Plus\n版面概览 上一版 下一版\n"
            "~~~——一批新店落户中山\n~~~——东凤镇龙舟赛开锣\n"
            "龙舟赛开锣\n东凤镇十二支龙舟队昨日齐聚河涌,鼓声震天。\n"
            "观赛的中山市民挤满了两岸,东凤镇还在岸边设了美食摊位。")
    assert where(tag(gazetteer, None, body)) == ("中山市", None, "东凤镇")
    # a row of a table further on is no menu: the places it lists stay named
    body = "各镇区龙舟队报名情况如下。\n| 东凤镇 | 12队 | 三角镇 | 5队 | 阜沙镇 | 3队 |\n东凤镇的队伍最多。"
    assert {"东凤镇", "三角镇", "阜沙镇"} <= {m.name for m in tag(gazetteer, None, body).mentions}


def test_a_menu_bar_broken_over_several_lines_or_taken_for_the_headline_names_the_site(gazetteer):
    # the bar's lines of three or four items each (readings after characters, a bar closing each line), one for
    # the headline: the site's sections (南通论坛, 图说南通) are not where the news is
    body = ("互动 | 公告活动 | 爆 料 台 | ![]() |\n汽车 | 汽车行情 | 汽车保养 | ![]() |\n南通论坛 |\n"
            "图片 | 图说(shuō)南通 | 酷图热图 | ![]() |\n2021-03-09 来源: 如东日报\n"
            "“日子好起来了。”如东洋口镇某某村村民老王说。\n某某村地处洋口镇东南部,如东县的客商常来,"
            "如东县供销社也在村里办了服务社。某某村的鸡卖得好。")
    assert where(tag(gazetteer, "新闻 | 南通时(shí)政 | 南通服务 | ![]() |", body)) == ("南通市", "如东县", "洋口镇")
    # two lines of a table with figures are no menu: its places stay named
    body = "东凤镇 | 三角镇 | 阜沙镇\n12队 | 5队 | 3队\n各镇龙舟队都报了名。"
    assert {"东凤镇", "三角镇", "阜沙镇"} <= {m.name for m in tag(gazetteer, None, body).mentions}


def test_a_mountain_stream_named_like_a_county_is_not_the_county(gazetteer):
    # 响水涧, a stream on 东山: not 盐城's 响水县, written short
    body = ("连日暴雨,东山前山响水涧、后山石桥头到处是涧水瀑布。苏州市吴中区东山镇的村民说,"
            "这样的景象二三十年没见过了。")
    names = {m.name for m in tag(gazetteer, None, body).mentions}
    assert "响水县" not in names
    assert where(tag(gazetteer, None, body)) == ("苏州市", "吴中区", "东山镇")


def test_a_lone_short_form_written_once_past_the_opening_is_no_place(gazetteer):
    # 和田 in 护田坝修复和田间沟渠疏通: two characters of other words, and nothing else the text names
    body = ("为筑牢汛期安全防线,某镇多措并举推进防汛工作。\n"
            "镇里忙着修补护田坝,抓紧水利设施维修和田间沟渠清淤,让沟渠连成一片。")
    assert tag(gazetteer, "某镇:未雨绸缪抓防汛", body).place is None


def test_a_short_form_the_text_writes_again_even_in_its_credit_is_the_place(gazetteer):
    body = ("临汾新闻网讯 近日,记者在街头见到了一对老人。\n"
            "记者一问才知道,两人非亲非故,保姆七年前从农村出来到临汾打工。")
    assert where(tag(gazetteer, None, body))[0] == "临汾市"


def test_a_home_regions_short_form_written_once_is_still_the_place(gazetteer):
    # in a paper of the home region, 苏州 once, past the opening, is still 苏州
    body = ("近日,某银行举办了一场金融知识讲座。\n"
            "讲座吸引了不少居民参加,银行苏州分行相关负责人表示,今后还将常态化开展。")
    assert where(tag(gazetteer, None, body))[0] == "苏州市"


def test_a_name_right_after_a_years_nian_is_read_whole(gazetteer):
    # 2020年木渎: the year's 年, then the town — not a name starting on 年 (年木) hiding it
    body = "苏州入冬了。2021年木渎古镇冬季庙会开场,游人能看到茶艺,还能在木渎古镇的老宅里听一段评弹。"
    assert where(tag(gazetteer, "古镇秋游", body)) == ("苏州市", "吴中区", "木渎镇")


def test_the_citys_literary_name_in_a_text_about_a_town_named_bare_twice_is_no_district(gazetteer):
    # 姑苏十二娘, 姑苏评弹: the city's old name setting a scene in 木渎, written bare twice
    body = ("秋风起,木渎古镇满是桂花香。国庆期间,“姑苏十二娘”将在木渎古镇的园林里表演茶艺、刺绣,"
            "游客还能听一段姑苏评弹。\n(驻吴中区记者 王某)")
    assert where(tag(gazetteer, "“姑苏十二娘”国庆登场", body)) == ("苏州市", "吴中区", "木渎镇")
