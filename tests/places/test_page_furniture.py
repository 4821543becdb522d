"""A site's furniture — its breadcrumb, its column of sections and slogans — names where the page is filed,
not the news."""

from app.places.front import no_headline
from app.places.names import fold
from tests.places.test_real_text_rules import tag, where


def test_a_breadcrumb_naming_the_section_is_not_the_news(gazetteer):
    # the site files the page under a town's section: the story itself names no place
    body = ("您当前的位置:首页>>新闻中心>>基层信息>>南大街街道>>内容\n"
            "重阳节那天,青松社区的居民们一起包饺子,社区书记给九十岁的老人送上了寿糕。")
    assert tag(gazetteer, None, body).place is None


def test_a_county_repeated_by_the_breadcrumb_does_not_hold_the_town_back(gazetteer):
    body = ("当前位置:首页 > 新闻 > 县区 > 汉阴县\n当前位置:首页 > 新闻 > 县区 > 汉阴县\n"
            "金秋九月,汉阴县漩涡镇的梯田进入收获期,村民们忙着割稻。")
    assert where(tag(gazetteer, "梯田秋收忙", body)) == ("安康市", "汉阴县", "漩涡镇")


def test_a_column_of_the_sites_sections_and_slogans_is_not_the_news(gazetteer):
    # the paper's slogans name its county three times over the news's one town: the column is the site's
    body = ("国内统一刊号:CN00-0000  http://www.example.com  E-mail:news@example.com\n点击上虞日报\n关注上虞热点\n"
            "讴歌上虞建设\n今日上虞\n经济要闻\n江边周末\n文化长廊\n图片新闻\n总编信箱\n今 日 上 虞\n"
            "青山村活跃着志愿者\n"
            "(通讯员 王小明)这些日子,道墟镇青山村的志愿者们可够忙的:白天忙农活,晚上轮流巡夜。\n"
            "青山村在绍兴市的边上,外来人员多。")
    assert where(tag(gazetteer, None, body)) == ("绍兴市", "上虞区", "道墟街道")


def test_a_breadcrumb_from_the_province_down_is_an_address_and_a_column_of_places_is_read(gazetteer):
    body = "江苏省 > 苏州市 > 吴中区 > 城南街道 > 东湖社区\n东湖社区有居民三千户,社区办公楼在湖边。"
    assert where(tag(gazetteer, None, body)) == ("苏州市", "吴中区", "城南街道")
    towns = "周庄镇\n锦溪镇\n千灯镇\n陆家镇\n张浦镇\n各镇今年都新建了养老服务站。"
    assert where(tag(gazetteer, None, towns))[1] == "昆山市"


def test_a_breadcrumb_step_naming_a_government_office_is_read(gazetteer):
    # the pages filed under 某某街道办事处 are the office's own: its news is its area's (a section named after a town,
    # as above, is still the site's section)
    body = ("当前位置: 首页 > 龙岗区龙城街道办事处 > 社会建设 > 社区服务\n龙城:志愿者陪老人过重阳\n"
            "重阳节那天,新联社区的志愿者们陪着老人包饺子,社区书记给九十岁的老人送上了寿糕。")
    assert where(tag(gazetteer, None, body)) == ("深圳市", "龙岗区", "龙城街道")  # (龙城 alone: many towns')


def test_the_names_on_a_sites_date_line_are_the_sites(gazetteer):
    # the date line (address, date and time, the site's name and slogan) sits inside the opening sentence: its slogan's
    # 新桐乡 (富阳's) is the site's words, the news is in 乌镇镇
    body = ("用爱心点亮社区\nwww.example.cn  2020年06月03日 09:15  桐乡新闻网 网聚新桐乡\n"
            "一名志愿者就是一面旗帜。6月2日,在乌镇镇的广场上,志愿者们摆起了服务摊位。")
    assert where(tag(gazetteer, None, body)) == ("嘉兴市", "桐乡市", "乌镇镇")
    # a paragraph opening on its date and time is news: its names are read
    body = "2020年06月03日 09:15,新桐乡的志愿者在村口摆起了服务摊位。志愿者们忙了一上午。"
    assert where(tag(gazetteer, None, body)) == ("杭州市", "富阳区", "新桐乡")


def test_a_menu_bar_copied_without_its_bars_is_no_headline():
    # the site's home link, then its sections, one space apart: a bar whose bars were lost in copying
    assert no_headline(fold("首頁 專題新聞 本地專題 新時代 新作為 鎮江新聞"))
    assert not no_headline(fold("首届 乡村 运动会 今天 开幕"))  # a headline's words spaced out open on no 首页


def test_a_papers_affiliation_line_names_its_authors_city_not_its_subject(gazetteer):
    body = ("某某某\n(上海某某大学 历史学院,上海 200000)\n[摘要]本文考察南通的老城。南通的城墙、南通的河,"
            "都见证了南通的变迁。[关键词]南通;老城")
    assert where(tag(gazetteer, "老城考察", body))[0] == "南通市"
