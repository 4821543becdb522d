"""The county or city paper a text credits: its place when nothing nearer is named, and the context
of the names the text writes bare. Short made-up texts."""

from tests.places.test_real_text_rules import tag, where


def test_a_text_naming_no_place_is_about_the_county_whose_paper_it_credits(gazetteer):
    body = "来源:如东日报\n11月以来,开发区的网格员深入小区走访,帮居民修好了水管,清除了杂草。"
    assert where(tag(gazetteer, "网格员服务居民", body)) == ("南通市", "如东县", None)
    # a city's paper reports on the whole city and beyond: it gives nothing
    body = "来源:苏州日报\n11月以来,开发区的网格员深入小区走访,帮居民修好了水管,清除了杂草。"
    assert where(tag(gazetteer, "网格员服务居民", body)) == (None, None, None)
    # a text that names its own place is about that place, whoever printed it
    body = "来源:如东日报\n11月以来,海安市城东镇的网格员深入小区走访,帮居民修好了水管。"
    assert where(tag(gazetteer, "网格员服务居民", body)) == ("南通市", "海安市", "城东镇")
    # nor does a province named only in a zone's full name stop it
    body = "来源:如东日报 发布单位:江苏某某开发区\n近日,县指挥中心组织党员到社区清扫道路,撕掉小广告。"
    assert where(tag(gazetteer, "指挥中心党员清扫街巷", body)) == ("南通市", "如东县", None)


def test_the_city_whose_paper_a_text_credits_settles_the_names_it_writes_bare(gazetteer):
    body = ("2023-02-01 来源:苏州日报\n□苏报驻高新区记者 张三\n大运河畔,浒墅关的企业开足马力,项目加速推进。"
            "浒墅关上下铆足干劲,冲刺开门红。")
    assert where(tag(gazetteer, "浒墅关:运河畔春潮涌", body)) == ("苏州市", "虎丘区", "浒墅关镇")
    # context, not a place: a text the paper prints on somewhere else stays there
    body = "来源:苏州日报\n北京市海淀区香山公园的红叶进入最佳观赏期,香山游客络绎不绝。"
    assert where(tag(gazetteer, "香山红叶正当时", body))[:2] == ("北京市", "海淀区")


def test_a_text_naming_no_place_is_about_the_county_whose_paper_writes_its_dateline(gazetteer):
    body = "如东日报讯(通讯员 张三)6月2日,某某社区举办居民议事会,大家围坐一起商量小区停车的事。"
    assert where(tag(gazetteer, "社区议事会商量停车难", body)) == ("南通市", "如东县", None)
    # the paper's own 本报讯 names no place
    body = "本报讯(通讯员 张三)6月2日,某某社区举办居民议事会,大家围坐一起商量小区停车的事。"
    assert where(tag(gazetteer, "社区议事会商量停车难", body)) == (None, None, None)


def test_an_evening_paper_is_a_citys_and_names_no_county(gazetteer):
    # 姑苏 is also a district's short name; an evening paper is printed for the whole city
    body = "姑苏晚报讯(记者 张三)昨天,一家老字号书店重新开门,不少老读者前来捧场。"
    assert where(tag(gazetteer, "老字号书店重新开门", body)) == (None, None, None)
    body = "来源:姑苏晚报\n昨天,一家老字号书店重新开门,不少老读者前来捧场。"
    assert where(tag(gazetteer, "老字号书店重新开门", body)) == (None, None, None)


def test_a_citys_paper_elsewhere_settles_a_name_many_provinces_give_a_town(gazetteer):
    # 陈集镇 is a town of ten counties; the paper heading the text is 阜阳's
    body = ("阜阳日报 2019-03-02 10:00\n本报讯 近日,陈集镇干部沿着几条沟渠走了一圈,记下垃圾和杂草的位置。\n"
            "新闻推荐\n永城公安开展夜间巡逻\n永城新闻,说说永城市的家长里短。")
    assert where(tag(gazetteer, "陈集镇干部巡沟渠", body)) == ("阜阳市", "临泉县", "陈集镇")


def test_the_sites_other_stories_below_the_news_do_not_say_where_it_is(gazetteer):
    body = ("本报讯 近日,陈集镇干部沿着几条沟渠走了一圈,记下垃圾和杂草的位置。\n"
            "相关阅读\n永城公安开展夜间巡逻\n永城新闻,说说永城市的家长里短。")
    assert where(tag(gazetteer, "陈集镇干部巡沟渠", body))[1] != "永城市"


def test_a_news_site_named_after_a_place_is_the_outlet_not_the_place(gazetteer):
    # 拂晓新闻网 (a city's paper's site) is no 拂晓乡, as 苏州日报 is no place of the news
    body = (",欢迎访问拂晓新闻网\n\n新春巡河不停歇\n\n来源:拂晓新闻网--拂晓报 2025-02-08 10:14\n\n"
            "正月初六,灵璧县禅堂镇凤河村的村级河长沿河巡查,把岸边的垃圾捡拾干净。禅堂镇全镇设了十多名镇级河长。")
    tags = tag(gazetteer, "新春巡河不停歇", body)
    assert "拂晓乡" not in {m.name for m in tags.mentions}
    assert where(tags) == ("宿州市", "灵璧县", "禅堂镇")


def test_a_countys_site_writing_the_dateline_settles_the_town_it_names_bare(gazetteer):
    # 秀山网讯: the county's own site, outside the home region — 大溪乡 is a name several counties give a town (秀山's,
    # listed so by the statistics bureau, is the ministry's 大溪镇 today: filed there)
    body = "秀山网讯 端午节快到了,大溪乡的干部带着粽子去敬老院看望老人,还查看了敬老院的厨房。"
    assert where(tag(gazetteer, None, body)) == ("重庆市", "秀山土家族苗族自治县", "大溪镇")
    assert tag(gazetteer, None, "本网讯 端午节快到了,大溪乡的干部带着粽子去敬老院看望老人。").place is None


def test_a_county_site_elsewhere_is_the_place_of_a_text_naming_none(gazetteer):
    # a district's own site called its home (罗湖家园网讯), outside the home region: nothing else named, the district's
    body = "罗湖家园网讯:12月5日,某某社区启动志愿者共治计划,居民们踊跃报名,一起商量小区的事。"
    assert where(tag(gazetteer, "社区启动志愿者计划", body)) == ("深圳市", "罗湖区", None)
    # a text that names its own place is that place's, whoever printed it
    body = "罗湖家园网讯:12月5日,福田区某某社区启动志愿者共治计划,居民们踊跃报名。"
    assert where(tag(gazetteer, "社区启动志愿者计划", body))[:2] == ("深圳市", "福田区")


def test_a_text_naming_no_place_is_about_the_county_whose_media_centre_its_reporter_writes_for(gazetteer):
    # the county's own media centre (某地融媒) credited in the dateline's brackets: the text never names the county
    body = "本报讯(海陵融媒记者 王五 通讯员 赵六)近日,某某社区在小区门口设了一个服务点,居民在家门口就能办事。"
    assert where(tag(gazetteer, "社区服务点开到小区门口", body)) == ("泰州市", "海陵区", None)
    body = "本报讯(海陵区融媒体中心记者 王五)近日,某某社区在小区门口设了一个服务点。"
    assert where(tag(gazetteer, "社区服务点开到小区门口", body)) == ("泰州市", "海陵区", None)
    # a media centre that names no place gives nothing
    body = "本报讯(融媒体中心记者 王五)近日,某某社区在小区门口设了一个服务点,居民在家门口就能办事。"
    assert where(tag(gazetteer, "社区服务点开到小区门口", body)) == (None, None, None)


def test_a_city_papers_report_on_its_whole_city_naming_no_place_is_the_citys(gazetteer):
    body = "来源:南通日报\n本报讯 昨天上午,全市秋粮收购会议召开,安排了今年的收购任务。"
    assert where(tag(gazetteer, "全市秋粮收购会议召开", body)) == ("南通市", None, None)
    # no word for the whole city: the paper alone says nothing of where
    body = "来源:南通日报\n本报讯 昨天上午,秋粮收购会议召开,安排了今年的收购任务。"
    assert tag(gazetteer, "秋粮收购会议召开", body).place is None


def test_a_headline_calling_the_town_its_own_is_the_one_town_the_text_names(gazetteer):
    body = ("日前,一家上海的企业与我镇签约,项目投资超过一亿元。投资人在上海做了十多年生意。"
            "1月15日,投资方来大公镇看了厂房,南通的客商也来了。")
    assert where(tag(gazetteer, "我镇今年招来第一个大项目", body)) == ("南通市", "海安市", "大公镇")


def test_a_county_sites_news_line_with_its_date_credits_the_county(gazetteer):
    body = ("张家港新闻 2019/11/26\n前几天市里出了新规:明年起,我市各个小区都要把垃圾分成四类,"
            "城里的小区先做起来。")
    assert where(tag(gazetteer, "我市垃圾分类新规出台", body)) == ("苏州市", "张家港市", None)


def test_a_source_written_without_its_colon_is_credited_all_the_same(gazetteer):
    body = ("2022-09-06 09:22 来源 南通网\n本网讯 5日上午,市里开会商量怎么防台风,副市长到场讲了话。"
            "全市上下都要做好准备。")
    assert where(tag(gazetteer, "防台会商会召开", body)) == ("南通市", None, None)
