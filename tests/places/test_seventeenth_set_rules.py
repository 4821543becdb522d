"""Rules found on a seventeenth set of real texts, each shown on a short made-up text."""

from tests.places.test_real_text_rules import gazetteer, tag, where  # noqa: F401 (gazetteer: a fixture)


def test_flowers_and_trees_are_not_a_town_of_shanghai(gazetteer):
    body = ("记者走进海安的花木基地,苗木枝繁叶茂。种植户李四早年在上海打工,回乡后做起花木生意,"
            "带动乡亲们种花木致富。海安花木远销各地。")
    assert where(tag(gazetteer, "海安花木产业兴旺", body)) == ("南通市", "海安市", None)


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
    body = "来源:如东日报 发布单位:江苏某某开发区\n近日,县指挥中心组织党员到社区开展志愿服务,清扫道路,清除小广告。"
    assert where(tag(gazetteer, "指挥中心开展志愿服务活动", body)) == ("南通市", "如东县", None)


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


def test_a_town_named_as_its_port_is_not_the_town(gazetteer):
    body = ("今年以来,启东江海岸线大潮迭涌,吕四深水港迎来一艘艘货轮。启东将以吕四起步港区为引擎,"
            "加快建设沿海城市,启东的开放水平不断提升。")
    assert where(tag(gazetteer, "启东打造开放窗口", body)) == ("南通市", "启东市", None)


def test_nantongs_development_zone_as_its_papers_write_it_is_the_zone(gazetteer):
    body = "昨日上午,市委书记深入南通开发区的企业和工地调研,要求南通开发区加快重大项目建设。"
    assert where(tag(gazetteer, "市委书记赴南通开发区调研", body))[:2] == ("南通市", "南通经济技术开发区")


def test_the_city_whose_paper_a_text_credits_settles_the_names_it_writes_bare(gazetteer):
    body = ("2023-02-01 来源:苏州日报\n□苏报驻高新区记者 张三\n大运河畔,浒墅关的企业开足马力,项目加速推进。"
            "浒墅关上下铆足干劲,冲刺开门红。")
    assert where(tag(gazetteer, "浒墅关:运河畔春潮涌", body)) == ("苏州市", "虎丘区", "浒墅关镇")
    # context, not a place: a text the paper prints on somewhere else stays there
    body = "来源:苏州日报\n北京市海淀区香山公园的红叶进入最佳观赏期,香山游客络绎不绝。"
    assert where(tag(gazetteer, "香山红叶正当时", body))[:2] == ("北京市", "海淀区")
