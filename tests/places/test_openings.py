"""What the opening says: source lines, quotations and openings naming nothing give way to the sentence
that says where. Short made-up texts."""

from tests.places.test_real_text_rules import tag, where


def test_a_date_and_source_line_or_a_page_label_taken_for_the_headline_names_nothing(gazetteer):
    body = "本网讯 21日,崇川区一个社区举办了元宵活动,居民们玩起了垃圾分类游戏。"
    assert where(tag(gazetteer, "2021-02-23 10:56:56 来源:南通网", body)) == ("南通市", "崇川区", None)
    body = "5月4日,吴江区妇联联合同里镇一个社区教居民给垃圾分类,大家踊跃参加。"
    assert where(tag(gazetteer, "第B03版:吴中新闻", body)) == ("苏州市", "吴江区", "同里镇")
    # a line that says where the text is, not where it comes from, is still read
    body = "香山公园的红叶进入最佳观赏期,游客络绎不绝。"
    assert where(tag(gazetteer, "区域:海淀区 地点:北京香山公园", body))[:2] == ("北京市", "海淀区")


def test_a_quotation_after_the_source_line_runs_on_into_the_sentence_that_says_where(gazetteer):
    body = ("2020-05-16 09:01 来源:引力播\n“干湿要分开,回收有害要分清,家中分好类,投放更方便。”近日,"
            "姑苏区吴门桥街道一个社区创作了这段顺口溜,由居民口口相传。社区还招募了志愿者。")
    assert where(tag(gazetteer, "这个社区的顺口溜火了", body)) == ("苏州市", "姑苏区", "吴门桥街道")


def test_an_opening_that_is_only_a_quotation_runs_on_into_the_next_sentence(gazetteer):
    body = "“上海的朋友,周末来玩”!这是仪征市的新口号。仪征的文旅部门说,今年游客比去年多。"
    assert where(tag(gazetteer, "小城新名片", body)) == ("扬州市", "仪征市", None)


def test_an_opening_naming_nothing_gives_way_to_the_first_sentence_that_names_a_place(gazetteer):
    body = "新米上市啦。10月5日,在苏州市吴江区七都镇的稻田里,农机来回收割,吴江区的粮站也忙了起来。"
    assert where(tag(gazetteer, None, body)) == ("苏州市", "吴江区", "七都镇")


def test_of_two_cities_in_the_opening_the_one_the_article_comes_back_to_inside_wins(gazetteer):
    body = ("核雕艺人从舟山来到苏州学艺。苏州吴中区光福镇的作坊里,师傅们各有绝活;"
            "吴中区的核雕节也在光福镇举办。舟山的朋友常来看,舟山的订单也多。")
    assert where(tag(gazetteer, None, body)) == ("苏州市", "吴中区", "光福镇")


def test_an_opening_naming_only_a_province_gives_way_to_the_next_sentences_town_with_its_county(gazetteer):
    body = ("3月6日上午,安徽代表团在驻地开放审议,记者们早早来到会场。人大代表、安徽省桐城市青草镇一个村的支书"
            "王明讲了修路的事。他说,村里的路通了,茶叶卖得更远了。")
    assert where(tag(gazetteer, None, body)) == ("安庆市", "桐城市", "青草镇")
    # a province-wide report keeps its province, even where the next sentence gives one town as an example
    body = "安徽今年早稻收割过半。全省各地农机连夜作业,粮站也忙了起来。"
    assert where(tag(gazetteer, None, body)) == (None, None, None)
    body = "安徽全省今年早稻收割过半。在安徽省桐城市青草镇,农机连夜作业,粮站也忙了起来。"
    assert where(tag(gazetteer, None, body)) == (None, None, None)


def test_an_opening_naming_only_its_city_gives_way_to_the_address_the_next_sentence_opens_on(gazetteer):
    body = ("本报讯 这两天,台风影响苏州,也给基层带来了防汛任务。在姑苏区双塔街道一个社区,"
            "居民老张巡逻湖边、排好志愿者的班次,社区工作人员轻松了不少。")
    assert where(tag(gazetteer, None, body)) == ("苏州市", "姑苏区", "双塔街道")
    # an opening counting across the city keeps it
    body = ("本报讯 这两天,台风影响苏州,全市各社区都忙着防汛。在姑苏区双塔街道一个社区,"
            "居民老张巡逻湖边,社区工作人员轻松了不少。")
    assert where(tag(gazetteer, None, body)) != ("苏州市", "姑苏区", "双塔街道")
    # the address deeper in the sentence is an example of the city's news
    body = ("本报讯 这两天,台风影响苏州,也给基层带来了防汛任务。居民老张所在的姑苏区双塔街道一个社区,"
            "人人都动了起来。")
    assert where(tag(gazetteer, None, body)) != ("苏州市", "姑苏区", "双塔街道")


def test_a_date_line_with_its_author_before_its_source_taken_for_the_headline_names_nothing(gazetteer):
    body = "九九重阳,10月22日,车逻镇新建的敬老院落成揭牌,市民政局的同志到场祝贺,老人们搬进了新房。"
    assert where(tag(gazetteer, "2004-10-23 00:00:00 作者:王某某 来源:今日高邮",
                     body)) == ("扬州市", "高邮市", "车逻镇")


def test_the_paragraph_after_the_first_opening_on_a_town_of_its_county_says_where_the_event_was(gazetteer):
    body = ("吴江区万名党员进社区\n来源:吴江日报\n昨天,吴江区“邻里守望”志愿服务活动拉开帷幕。即日起,"
            "党员志愿者将回社区报到。\n"
            "在松陵街道某某社区,来自吴江区供电公司、吴江区水务局、吴江区档案馆等单位的三十名党员参加了活动。\n"
            "党员们分成六组上岗,帮居民清理楼道。")
    assert where(tag(gazetteer, "您的位置:首页 > 要闻", body)) == ("苏州市", "吴江区", "松陵街道")
    # the county's round-up: another town of it named too, the first an example
    other = body.replace("党员们分成六组上岗", "平望镇的党员也分成六组上岗")
    assert where(tag(gazetteer, "您的位置:首页 > 要闻", other)) == ("苏州市", "吴江区", None)
    # the town further on, after a paragraph more on the county: an example
    later = body.replace("\n在松陵街道", "\n吴江区各单位的党员踊跃报名。\n在松陵街道")
    assert where(tag(gazetteer, "您的位置:首页 > 要闻", later)) == ("苏州市", "吴江区", None)


def test_an_opening_on_its_city_gives_way_to_the_town_the_next_sentence_sets_something_in(gazetteer):
    body = ("江苏南通的一对夫妇都是农学硕士,几年前放弃了在南京的工作,回乡创办养鸡场。"
            "两口子又在南通石港镇流转土地,办起了生态农场。\n农场里蔬菜瓜果一应俱全,游客可以自己下地采摘。")
    assert where(tag(gazetteer, None, body)) == ("南通市", "通州区", "石港镇")
    # the town bare, or an address not written after 在: the city's text, the town in passing
    bare = body.replace("在南通石港镇", "在石港镇")
    assert where(tag(gazetteer, None, bare)) == ("南通市", None, None)
    resident = body.replace("两口子又在南通石港镇流转土地", "家住南通石港镇的两口子流转土地")
    assert where(tag(gazetteer, None, resident)) == ("南通市", None, None)


def test_the_sentence_after_a_headline_in_the_body_is_the_news_past_the_sites_date_and_source_lines(gazetteer):
    body = ("吴江渔民:湖边捕蟹忙\n2024-09-03 21:15\n来源:某某网\n"
            "清晨时分,江苏省吴江区七都镇的湖面薄雾散去,某某村的渔民陆续驾船出湖。\n"
            "吴江大闸蟹远近闻名,每年九月开捕。")
    assert where(tag(gazetteer, "某某新闻网 主办单位", body)) == ("苏州市", "吴江区", "七都镇")
    # a line between them naming a place is no site's line: the county's opening stands
    placed = body.replace("来源:某某网", "来源:某某网 平望镇通讯站")
    assert where(tag(gazetteer, "某某新闻网 主办单位", placed)) == ("苏州市", "吴江区", None)


def test_an_opening_naming_only_its_city_gives_way_to_the_address_after_the_days_date(gazetteer):
    body = ("某某网讯(通讯员 张三)入夏以来,苏州连日高温。7月8日,苏州市姑苏区双塔街道一个社区组织志愿者"
            "上门看望独居老人,送去了防暑用品。\n社区书记说,这项服务还会继续。")
    assert where(tag(gazetteer, "(资料图)", body)) == ("苏州市", "姑苏区", "双塔街道")
    body = body.replace("7月8日,苏州市", "7月8日上午,在苏州市")
    assert where(tag(gazetteer, "(资料图)", body)) == ("苏州市", "姑苏区", "双塔街道")
    # the address deeper in the sentence, after more than the day: an example of the city's news
    deeper = body.replace("7月8日上午,在苏州市", "7月8日,家住苏州市")
    assert where(tag(gazetteer, "(资料图)", deeper)) != ("苏州市", "姑苏区", "双塔街道")


def test_a_quotation_opening_the_news_yields_to_the_place_the_writer_names_after_it(gazetteer):
    # a villager far away thanks the home town that sent the coats: the news is where she is
    body = ("南通网讯 “多亏常乐镇的朋友寄来的棉衣,这个冬天不冷了!”近日,伊宁县萨地克于孜乡的一位村民说。"
            "当天,萨地克于孜乡的六十户牧民收到了结对乡镇海门区常乐镇寄来的棉衣。")
    assert where(tag(gazetteer, None, body))[1:] == ("伊宁县", "萨地克于孜乡")
    # a quotation naming the place the writer names too: that place
    body = "“常乐镇的变化太大了!”近日,海门区常乐镇的老人说起村里的新路。"
    assert where(tag(gazetteer, None, body)) == ("南通市", "海门区", "常乐镇")


def test_the_places_an_opening_lists_as_examples_are_not_where_the_text_is(gazetteer):
    body = ("江苏南通爱放风筝的人多,通州刘桥、如东小洋口等地年年有比赛,南通的风筝也卖得好。\n"
            "3月2日,南通市一家风筝协会的王某忙着装箱,买家来自好几个省。\n"
            "下午,在崇川区某某社区的工作室里,老艺人正在扎一只板鹞。")
    assert where(tag(gazetteer, "风筝飞出好生意", body))[:2] == ("南通市", None)
