"""A web page's furniture read as the news's place: a site's name up top, its menu set with spaces, the scraps of
its date line, its link farm at the foot, its name in the wire credit (app/places/furniture.py)."""

from tests.places.test_real_text_rules import mentioned, tag, where


def test_a_sites_name_taken_for_the_headline_names_nothing(gazetteer):
    # a national site named for a province prints its name over news from anywhere
    body = ("中国台湾网移动版\n凡人微光:网格员守好村口\n"
            "本轮疫情以来,江苏启东的网格员来到防疫一线。在江苏省启东市海复镇某某村,网格员王小明挨家挨户上门登记。")
    assert where(tag(gazetteer, "• 中国台湾网移动版", body)) == ("南通市", "启东市", "海复镇")


def test_a_link_farm_at_the_pages_foot_names_nothing(gazetteer):
    body = ("近日,在启东市海复镇某某村,网格员王小明挨家挨户上门登记。村里的老人说,有他在,心里踏实。\n"
            "[责任编辑:李四]\n海淀区| 当雄县| 东至县| 伽师县| 茶陵县| 西畴县| 衡南县| 襄汾县|")
    tags = tag(gazetteer, "网格员守好村口", body)
    assert where(tags) == ("南通市", "启东市", "海复镇")
    assert not mentioned(tags) & {"海淀区", "当雄县", "东至县", "襄汾县"}


def test_a_menu_set_with_spaces_heading_the_page_is_the_sites(gazetteer):
    # the menu's 图说海门 is a section's name; the news is in 如东's 长沙镇
    body = ("首页 新闻播报 即时发布 视频直播 图说海门 理论圆桌 江海评论 通知公告\n首页 > 民生 > 正文\n"
            "文蛤抢鲜上岸\n"
            "本网讯 昨日早上,如东县长沙镇某某村的滩涂上,两百多名采捕工背着网兜开始刨沙。一上午就起捕了好几吨。")
    assert where(tag(gazetteer, None, body)) == ("南通市", "如东县", "长沙镇")


def test_a_sites_date_line_broken_into_scraps_stays_before_the_news(gazetteer):
    # the headline names the county; the site's date line and buttons, a line each, and its repeat of the headline
    # with a character lost before its reading (日?qǐng)) stand before the news, which opens on the county's town
    body = ("2025\n03-21\n09:23\n来源\n南通网\n举报\n分享\n"
            "南通日?qǐng)?bào)-如东万亩滩涂起捕忙 文蛤抢鲜上岸\n"
            "本网讯 昨日早上,如东长沙镇某某村的滩涂上,两百多名采捕工背着网兜开始刨沙。\n"
            "某某村村委委员说,今年如东的文蛤上市早,如东各地的采捕工都来了。")
    assert where(tag(gazetteer, "如东万亩滩涂起捕忙 文蛤抢鲜上岸", body)) == ("南通市", "如东县", "长沙镇")


def test_a_county_site_named_with_its_news_word_in_the_wire_credit_is_the_county(gazetteer):
    # 太平镇, a name dozens of towns bear: the county's own site (某某新闻网讯) says which
    body = ("诏安新闻网讯(张三 李四)近日,在太平镇某某村的道路施工现场,施工人员正抓紧推进建设。"
            "路修好后,两个村的村民出行就方便了。")
    assert where(tag(gazetteer, None, body)) == ("漳州市", "诏安县", "太平镇")


def test_a_headline_ending_on_a_net_the_news_tells_of_is_no_sites_name(gazetteer):
    body = "近日,启东市海复镇组织人员巡查河道,村里的志愿者也加入进来。"
    assert where(tag(gazetteer, "启东织密防汛安全网", body))[1] == "启东市"


def test_a_city_portal_named_as_a_hotline_taken_for_the_headline_names_nothing(gazetteer):
    # a city's portal (某地热线) reprints news from other provinces under its own name
    body = "来源:某某日报\n5月2日,在泰兴市黄桥镇的老街上,志愿者给过往的老人量血压。黄桥镇的卫生院也派了医生。"
    assert where(tag(gazetteer, "扬州热线", body)) == ("泰州市", "泰兴市", "黄桥镇")
    # a hotline the news tells of is no site's name
    body = "近日,泰兴市黄桥镇开通了便民热线,居民有事打一个电话就行。"
    assert where(tag(gazetteer, "黄桥镇开通便民热线", body)) == ("泰州市", "泰兴市", "黄桥镇")


def test_the_county_a_sites_menu_gives_a_profile_of_is_the_sites_own_and_settles_a_bare_town(gazetteer):
    # a county's own site: its menu links to the county's profile (某县情); 白沙镇 is a name two dozen towns bear
    body = ("首页 政务资讯 政务公开 清水县情 部门乡镇 办事服务\n首页 > 乡镇动态\n"
            "白沙镇组织干部清理村道垃圾,村民也拿着扫帚来帮忙。白沙镇的村道干净了。")
    assert where(tag(gazetteer, "白沙镇清理村道", body)) == ("天水市", "清水县", "白沙镇")
    # without it, which 白沙镇 is not said
    body = "首页 政务资讯 政务公开 部门乡镇 办事服务\n白沙镇组织干部清理村道垃圾,村民也拿着扫帚来帮忙。"
    assert where(tag(gazetteer, "白沙镇清理村道", body)) == (None, None, None)
