"""Two headline lines with no mark between them (no dash, no closing colon, no bracket): the one that opens with the
place the lead names (`白沙区五邻社开展志愿活动` over `…前不久白沙区首批五个社区成立…`; `海虞“学雷锋”站点遍地开花` over
`…在海虞镇已经…`) is the title, the line above it, naming no such place, its kicker. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_the_line_naming_the_leads_district_is_the_title():
    [article] = parse_page(page(
        "无偿维修电器健康咨询", "白沙区五邻社开展志愿活动",
        "本报讯 近日,“五邻社”这个名字在青川流行开来,前不久白沙区首批五个社区成立“五邻社”,为居民活动提供了平台。"))
    assert (article.kicker, article.title) == ("无偿维修电器健康咨询", "白沙区五邻社开展志愿活动")


def test_the_leads_town_named_bare_at_the_head_of_the_title():
    [article] = parse_page(page(
        "23个志愿服务站方便百姓", "海虞“学雷锋”站点遍地开花",
        "本报讯 拥有“百宝箱”功能的“学雷锋”志愿服务站如今在海虞镇已经遍地开花,站点总数达23个。"))
    assert (article.kicker, article.title) == ("23个志愿服务站方便百姓", "海虞“学雷锋”站点遍地开花")


def test_a_title_naming_the_place_over_its_subtitle_stays():
    [article] = parse_page(page(
        "海虞镇建成23个志愿服务站", "海虞“学雷锋”站点遍地开花",
        "本报讯 拥有“百宝箱”功能的“学雷锋”志愿服务站如今在海虞镇已经遍地开花,站点总数达23个。"))
    assert article.title == "海虞镇建成23个志愿服务站"
