"""A county-wide text names a town as its example; it is still about the county."""

from tests.places.test_real_text_rules import tag, where


def test_a_county_feature_with_one_example_town_further_on_stays_county_wide(gazetteer):
    body = ("如东县紧盯海洋经济,全县风电装机再创新高。\n如东的渔民靠海吃海,如东的紫菜远销海外。\n"
            "海边的风车越来越多。\n在岔河镇,养殖场的渔民忙着收文蛤,岔河镇的文蛤今年又丰收了。\n如东县还要再建新码头。")
    assert where(tag(gazetteer, "如东向海再出发", body)) == ("南通市", "如东县", None)
    # the town named as often as its county is what the text is about, wherever it first appears
    body = ("海风吹过滩涂,渔民起得很早。如东县岔河镇的养殖场忙着收文蛤,岔河镇的文蛤今年又丰收了,"
            "岔河镇还要再建冷库。")
    assert where(tag(gazetteer, "如东向海再出发", body)) == ("南通市", "如东县", "岔河镇")


def test_a_model_named_after_a_town_is_not_the_town(gazetteer):
    body = ("诸暨市的干部常说“枫桥经验”管用。诸暨各村都学“枫桥经验”,诸暨市的村都有篮球场。"
            "次坞镇的村民也爱打球。")
    assert where(tag(gazetteer, None, body)) == ("绍兴市", "诸暨市", None)
    body = "诸暨市枫桥镇是“枫桥经验”的发源地。枫桥镇的干部说,枫桥镇的矛盾就地化解。"
    assert where(tag(gazetteer, None, body)) == ("绍兴市", "诸暨市", "枫桥镇")


def test_a_county_port_named_after_a_town_is_county_wide(gazetteer):
    body = "如东县委在洋口港经济开发区开会。\n会后大家来到洋口港的码头,洋口港的吞吐量年年增长。\n如东县要向海发展。"
    assert where(tag(gazetteer, "南通如东:向海图强", body)) == ("南通市", "如东县", None)
    body = "洋口镇刘环村的渔民在洋口镇的码头卸货。\n刘环村靠海吃海。"
    assert where(tag(gazetteer, None, body)) == ("南通市", "如东县", "洋口镇")


def test_a_town_whose_own_office_heads_the_organisers_is_the_event_s_place(gazetteer):
    title = "2026吴江区新市民乒乓球联谊赛开拍"
    body = ("5月3日,2026吴江区新市民乒乓球联谊赛在文体中心开拍。\n吴江区各界球友近百人报名,吴江区乒协派出裁判。\n"
            "赛事由吴江区人民政府震泽镇人民政府、吴江区新市民服务中心主办,震泽镇文体站承办。\n比赛一共打了两天。")
    assert where(tag(gazetteer, title, body)) == ("苏州市", "吴江区", "震泽镇")
    # a county's body heading the organisers keeps it the county's event, the town one example of it
    body = body.replace("吴江区人民政府震泽镇人民政府、吴江区新市民服务中心", "吴江区新市民服务中心、震泽镇人民政府")
    assert where(tag(gazetteer, title, body)) == ("苏州市", "吴江区", None)


def test_the_one_town_a_page_of_answers_keeps_coming_back_to_is_no_example(gazetteer):
    body = ("海安的老街要门票吗?\n一、海安的老街要门票吗?\n不要。\n海安曲塘老街白天开放,周日关门。\n"
            "二、海安老街的茶馆开了多少年?\n三十多年了。\n三、海安的茶干哪家好?\n"
            "老街上的几家都好。茶干铺子就在曲塘镇东头,来海安一定要尝尝。\n"
            "四、海安老街修缮了吗?\n修了,曲塘镇去年修好了老街,还是老样子。")
    assert where(tag(gazetteer, None, body)) == ("南通市", "海安市", "曲塘镇")
    # another town of the county named too: the county's, its towns examples
    body = body.replace("茶干铺子就在曲塘镇东头", "茶干铺子在李堡镇")
    assert where(tag(gazetteer, None, body)) == ("南通市", "海安市", None)


def test_a_county_written_as_its_towns_address_names_the_town_there_not_the_county_again(gazetteer):
    body = ("六月,外地的农机手开着收割机来到密云,一割就是几天。\n农机手们说,这里的地块大,收得快。\n"
            "天刚亮,老王和同伴离开密云区河南寨镇,他们在这里割了三天麦子。\n"
            "京郊密云,离城区几公里就是河南寨镇,这里土地平坦,自古种粮。")
    assert where(tag(gazetteer, "麦客", body)) == ("北京市", "密云区", "河南寨镇")
    # the county named once more on its own: the town, further on and less often, an example
    more = body.replace("一割就是几天", "密云的麦田一割就是几天")
    assert where(tag(gazetteer, "麦客", more)) == ("北京市", "密云区", None)


def test_a_headline_pointing_at_a_town_it_does_not_name_is_answered_by_the_town_the_body_keeps_naming(gazetteer):
    # 通州这个镇: the headline says one town, even counting its villages; the body says which, far down
    title = "涉及9个村!通州这个镇将建一座湿地公园"
    body = ("明年,通州将全面开展绿化大会战,加快构建生态格局。\n——摘自区政府工作报告\n"
            "据了解,张家湾镇政府近日发布了湿地建设工程的招标公告。拆迁范围共涉及张家湾镇9个村,"
            "工程实施地点:通州区张家湾镇。今后,住在张家湾镇的朋友家门口就有湿地公园了。")
    assert where(tag(gazetteer, title, body)) == ("北京市", "通州区", "张家湾镇")
