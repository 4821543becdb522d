"""Rules found on the fifteenth and later sets of real texts, each shown on a short made-up text."""

from tests.places.test_real_text_rules import tag, where


def test_a_town_held_up_to_catch_up_with_is_not_the_subject(gazetteer):
    body = ("本报讯 泰兴市虹桥镇以江阴市月城镇为追赶对象,提出两年赶上的目标。镇党委书记说,"
            "虹桥和月城镇一样大,月城镇的工业却领先很多。")
    assert where(tag(gazetteer, None, body)) == ("泰州市", "泰兴市", "虹桥镇")
    body = "泰兴市虹桥镇对标江阴市月城镇,今年工业总量要再上台阶。月城镇的经验值得学习。"
    assert where(tag(gazetteer, None, body)) == ("泰州市", "泰兴市", "虹桥镇")


def test_places_in_a_villages_list_of_nearby_sights_are_in_passing(gazetteer):
    body = ("在美丽富饶的泰兴大地上,小河穿村而过。这就是美丽的河失镇刘桥村。刘桥村现有耕地两千亩,"
            "被评为泰兴市文明村。刘桥村附近有黄桥战役纪念馆、黄桥老街等旅游景点,有泰兴白果等特产。")
    assert where(tag(gazetteer, "刘桥村", body)) == ("泰州市", "泰兴市", "河失镇")


def test_photo_captions_before_the_opening_do_not_hide_it(gazetteer):
    body = ("村民在晒谷场上忙碌。(张三 摄)\n新修的村道通到家门口。(本报记者 李四 摄)\n"
            "四川省南充市嘉陵区七宝寺镇王家嘴村地处山区,交通不便。村里的人住得很散,"
            "嘉陵区的干部常来走访,西充县的邻村也来学习。西充县的村民说,路修好了。")
    assert where(tag(gazetteer, None, body)) == ("南充市", "嘉陵区", "七宝寺镇")


def test_a_city_in_the_headline_takes_the_town_the_front_gives_as_an_address(gazetteer):
    body = ("老人们拎着菜,说说笑笑走进电梯。位于泰州市海陵区城中街道钟楼社区的香江花园小区,"
            "一部部新装的电梯方便了居民。小区建于1999年,住户大多上了年纪。")
    assert where(tag(gazetteer, "新春走基层|泰州:邻里暖如春", body)) == ("泰州市", "海陵区", "城中街道")
    # an address given further on, in a city's own report, leaves it city-wide
    body = ("泰州市物价局近日对全市种粮农户开展了成本调查,调查覆盖各区县。调查人员来到海陵区城中街道"
            "钟楼社区走访,了解农户的收益。")
    assert where(tag(gazetteer, "泰州开展种粮成本调查", body)) == ("泰州市", None, None)


def test_a_city_in_the_headline_takes_the_county_the_front_gives_with_one_of_its_communities(gazetteer):
    body = ("记者翻开福州市鼓楼区东风社区的志愿者登记表,排在头一个的是张三。"
            "作为福州市最大的老小区之一,这里有两千名志愿者。")
    assert where(tag(gazetteer, "福州东风社区:志愿者人人有活干", body)) == ("福州市", "鼓楼区", None)
    # two counties after the city, and no community: the city's own news
    body = "福州市鼓楼区、台江区今年新增志愿者两千名。福州市各区都在招募。"
    assert where(tag(gazetteer, "福州:志愿者越来越多", body)) == ("福州市", None, None)


def test_a_sites_masthead_taken_for_the_headline_names_no_place(gazetteer):
    body = "6月2日下午,海安市墩头镇仁桥村组织村民包粽子,并把粽子送到独居老人家中。"
    assert where(tag(gazetteer, "山东省委宣传部 山东省文明办 主办", body)) == ("南通市", "海安市", "墩头镇")


def test_a_municipality_named_around_a_county_weighs_as_its_city(gazetteer):
    body = ("通州区位于北京市东南部,是北京城市副中心。北京市的许多机关已迁入通州,北京的医院也将迁来。"
            "南通也有一个通州,人称南通州。")
    assert where(tag(gazetteer, None, body)) == ("北京市", "通州区", None)


def test_a_photo_caption_naming_a_town_is_not_the_opening(gazetteer):
    body = ("启东吕四港的渔船归来,码头更繁忙了。本版图片 本报记者 张三\n调查时间\n12月\n"
            "“你住长江南,我住长江北。”大桥通车后,从启东到上海只要一小时。启东人说,"
            "去上海看病近多了。启东的年轻人周末也去上海。")
    assert where(tag(gazetteer, None, body)) == ("南通市", "启东市", None)


def test_a_sites_lines_before_the_news_do_not_make_its_front(gazetteer):
    # a breadcrumb naming the county, a headline and a source line, then the news: its first paragraph is the front
    body = ("首页 > 明溪 > 明溪新闻 > 正文\n村道修到家门口\n来源:明溪融媒 2023-05-06 10:20\n"
            "明溪县城关乡青枫村的村道修好了。青枫村的老人说,出门再也不怕下雨。\n"
            "明溪县交通部门介绍,明溪县今年还要修十条村道,明溪县的村民都盼着。")
    assert where(tag(gazetteer, None, body)) == ("三明市", "明溪县", "城关乡")


def test_a_municipality_in_the_headline_over_one_of_its_districts_is_that_district(gazetteer):
    body = ("清晨的湖面起了薄雾,老张摇着小船去收网。这片水面在上海的最西头,隔湖就是邻省。"
            "这些年松江西部修了新路,村里来钓鱼的人多了。老张说,上海的亲戚也常来。")
    assert where(tag(gazetteer, "上海湖边的老渔村", body)) == ("上海市", "松江区", None)
    # the city's own report, counting across it, stays the city's
    body = "上海市水务局近日对全市湖泊开展了巡查,巡查覆盖各区。巡查人员来到松江区的湖边走访。"
    assert where(tag(gazetteer, "上海巡查湖泊", body)) == ("上海市", None, None)
