"""Rules found on a sixteenth set of real texts, each shown on a short made-up text."""

from tests.places.test_real_text_rules import gazetteer, tag, where  # noqa: F401 (gazetteer: a fixture)


def test_a_trip_out_of_the_county_is_news_of_the_travellers_place(gazetteer):
    body = ("本报讯 3月2日,吴江区区长张三率队赴杭州市拜访企业、招商考察。杭州市的几家企业介绍了发展情况,"
            "双方就合作项目深入交流。")
    assert where(tag(gazetteer, "张三率队在杭州招商", body)) == ("苏州市", "吴江区", None)
    # the city around both ends is not where they set out from
    body = ("为落实苏州市委部署,相城区黄桥街道干部一行带队赴姑苏区平江街道考察交流,参观了街区改造。"
            "平江街道介绍了经验。")
    assert where(tag(gazetteer, None, body))[:2] == ("苏州市", "相城区")


def test_a_trip_inside_the_travellers_county_is_news_of_the_town_visited(gazetteer):
    body = "11月3日,海安市政协副主席带队赴李堡镇开展调研,察看了镇上的工地和企业。"
    assert where(tag(gazetteer, None, body)) == ("南通市", "海安市", "李堡镇")


def test_a_date_and_source_line_or_a_page_label_taken_for_the_headline_names_nothing(gazetteer):
    body = "本网讯 21日,崇川区一个社区举办了元宵活动,居民们玩起了垃圾分类游戏。"
    assert where(tag(gazetteer, "2021-02-23 10:56:56 来源:南通网", body)) == ("南通市", "崇川区", None)
    body = "5月4日,吴江区妇联联合同里镇一个社区开展了垃圾分类宣传活动,居民们踊跃参加。"
    assert where(tag(gazetteer, "第B03版:吴中新闻", body)) == ("苏州市", "吴江区", "同里镇")
    # a line that says where the text is, not where it comes from, is still read
    body = "香山公园的红叶进入最佳观赏期,游客络绎不绝。"
    assert where(tag(gazetteer, "区域:海淀区 地点:北京香山公园", body))[:2] == ("北京市", "海淀区")


def test_a_quotation_after_the_source_line_runs_on_into_the_sentence_that_says_where(gazetteer):
    body = ("2020-05-16 09:01 来源:引力播\n“干湿要分开,回收有害要分清,家中分好类,投放更方便。”近日,"
            "姑苏区吴门桥街道一个社区创作了这段顺口溜,由居民口口相传。社区还招募了志愿者。")
    assert where(tag(gazetteer, "这个社区的顺口溜火了", body)) == ("苏州市", "姑苏区", "吴门桥街道")


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
    body = ("6月1日,2023盛泽丝绸文化节闭幕式举行。区长出席并致辞。\n6月2日,吴江区安全生产月启动仪式举行。\n"
            "6月3日,副区长调研吴江高新区(盛泽镇)重点项目。\n6月5日,区政府召开常务会议。")
    assert where(tag(gazetteer, None, body)) == ("苏州市", "吴江区", None)


def test_a_city_in_the_headline_takes_the_town_written_after_the_city_and_its_zone(gazetteer):
    body = "3月5日,九江五中的学生走进九江经开区十里街道一个社区,帮居民清理楼道杂物,宣传垃圾分类。"
    assert where(tag(gazetteer, "九江五中学生进社区做志愿", body)) == ("九江市", "濂溪区", "十里街道")


def test_a_town_inside_a_documents_title_is_not_where_the_news_is(gazetteer):
    body = ("昨日,昆山市市长主持召开市政府常务会议,听取了《关于支持巴城镇建设湖滨新城的议案》办理情况汇报。"
            "会议要求各部门抓紧落实,就《关于支持巴城镇建设湖滨新城的议案》他强调,要抓牢关键问题。")
    assert where(tag(gazetteer, "市政府召开常务会议", body)) == ("苏州市", "昆山市", None)


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
