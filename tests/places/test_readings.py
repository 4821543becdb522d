"""The readings a copying site prints in brackets after characters of several readings (鎮(zhèn), 區(qū)): no text of
the article's, inside a name or after it. Short made-up texts."""

from app.places.readings import past_reading, read_apart, without_readings
from tests.places.test_real_text_rules import tag, where


def test_a_text_is_read_without_its_readings_and_each_character_placed_back():
    text, at = read_apart("鎮(zhèn)江博物館")
    assert text == "鎮江博物館"
    assert [at[i] for i in range(len(text))] == [0, 7, 8, 9, 10] and at[-1] == 11
    assert read_apart("某某镇(记者某某)") is None  # a bracket that holds no reading
    assert without_readings("長(zhǎng)青社區(qū)") == "長青社區" and past_reading("區(qū)村", 1) == 5


def test_a_reading_printed_inside_a_name_does_not_cut_the_name(gazetteer):
    body = "近日,志愿者陪着五十多位老人来到鎮(zhèn)江,老人們在鎮(zhèn)江博物館前合影留念。"
    assert where(tag(gazetteer, None, body)) == ("镇江市", None, None)
    body = "某某社區(qū)位于嘉定鎮(zhèn)街道東部,轄區(qū)有居民三千多人。"  # not 赣州's 嘉定镇, the name cut short
    assert where(tag(gazetteer, None, body)) == ("上海市", "嘉定区", "嘉定镇街道")


def test_a_reading_printed_after_a_name_does_not_hide_the_word_after_it(gazetteer):
    # 张庄镇村 is a village of 马头镇: the reading after 镇 stands between the name and its 村
    body = ("淮安市淮陰區馬頭鎮(zhèn)張莊鎮(zhèn)村黨總支書記某某,二十年來帶領村民種菜致富。"
            "張莊鎮(zhèn)村是馬頭鎮(zhèn)政府所在村,張莊鎮(zhèn)村的大棚連成了片。")
    assert where(tag(gazetteer, None, body)) == ("淮安市", "淮阴区", "马头镇")


def test_a_breadcrumbs_steps_are_measured_without_their_readings(gazetteer):
    # a site called after a province, its steps lengthened by their readings: still the site's, not the news
    body = ("中國(guó)西藏網(wǎng) > 即時(shí)新聞 > 文化\n"
            "蘇州市吳中區(qū)臨湖鎮(zhèn)的稻田畫進入最佳觀賞期,不少游客前來拍照。")
    assert where(tag(gazetteer, None, body)) == ("苏州市", "吴中区", "临湖镇")



def test_a_breadcrumb_closing_on_the_headline_leaves_the_headlines_places_to_the_news(gazetteer):
    # the last step is the page's headline, not a section: the county and town it names are where the news is
    body = ("首頁(yè) > 新聞 > 鄉(xiāng)村 > 敦化官地鎮(zhèn)某某村建起蘑菇冷庫(kù)\n"
            "今年春天,官地鎮(zhèn)某某村的合作社建起一座冷庫(kù),村裡的蘑菇不愁賣了。")
    assert where(tag(gazetteer, None, body)) == ("延边朝鲜族自治州", "敦化市", "官地镇")


def test_a_reading_between_a_county_and_its_town_leaves_them_one_address(gazetteer):
    # the county's two mentions up front are captions; further on the town is written right after it, a reading
    # between: one address, so the town, named twice, is named as often as the county around it
    body = ("村口的合川區(qū)柑橘园,是村里的致富园。\n村民在塘边垂钓。\n某某村在合川區(qū)柑橘园承包了大棚。\n"
            "□记者 张三 文/图\n合川區(qū)錢塘鎮(zhèn)某某行政村位于錢塘鎮(zhèn)北部,全村有三千人。")
    assert where(tag(gazetteer, "乡间新事——", body)) == ("重庆市", "合川区", "钱塘镇")
    assert where(tag(gazetteer, "乡间新事——", without_readings(body))) == ("重庆市", "合川区", "钱塘镇")


def test_a_zone_written_with_readings_before_its_town_in_brackets_is_that_town(gazetteer):
    # 開發(fā)區(qū)(黎里鎮(zhèn)): the zone's word read apart from its readings, as the town's name is
    body = ("從吳江城裏出發,開車不到半小時,就到了這個村子。\n秋天的田裏,稻子黃了,村民們忙著收割。\n"
            "村裏的老人說,這裏早先是一片蘆葦蕩。\n"
            "這個村由吳江汾湖開(kāi)發(fā)區(qū)(黎里鎮(zhèn))管理,村裏有一座老廟。")
    assert where(tag(gazetteer, "秋到鄉村", body)) == ("苏州市", "吴江区", "黎里镇")
