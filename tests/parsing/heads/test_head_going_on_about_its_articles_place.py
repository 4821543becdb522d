"""A head under an article's lead over a paragraph going on about the lead's own village is that article's next
part: under a lead opening with its dateline (`某某讯(通讯员 …)…走进某某镇古城里村…` / head / `古城里位于…`), and
under a head the text below restates, none of its words above (`惹眼的“红帽子”` over `走进西校村,最惹眼的是
红帽子…` under an article about 西校村). A head over text set in a village of its own still titles a new item. Every
snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_LEAD = ("晨光通讯社山东讯(通讯员 宋雨)1月23日,走进柳湾县白沙镇古城里村,日光温室里的农民喜笑颜开,"
         "村庄整洁祥和。这一转变,起于村里来了两位驻村书记。")


def test_a_head_under_a_datelined_lead_over_its_village_is_a_section():
    (article,) = parse_page(page("古城里村来了驻村书记", _LEAD, "历史名村先筑“振兴路”",
                                 "古城里位于白沙镇驻地向北1.5公里处,历史悠久。两位书记走访一个月,决定先修路。"))
    assert article.sections == ["历史名村先筑“振兴路”"] and article.authors == ["宋雨"]


def test_a_head_under_a_datelined_item_over_another_village_titles_it():
    articles = parse_page(page("古城里村来了驻村书记", _LEAD, "青石村办起合作社",
                               "青石村位于青石镇北部,今年村里办起蔬菜合作社,带动村民增收。"))
    assert [a.title for a in articles] == ["古城里村来了驻村书记", "青石村办起合作社"]


def test_a_head_restated_below_going_on_about_the_village_is_a_section():
    (article,) = parse_page(page(
        "80后党员引领美丽乡村建设",
        "柳湾县白沙镇西校村的村委班子很年轻,成员多是80后,村里的整治试点几乎都在西校村率先开展。",
        "惹眼的“红帽子”",
        "走进西校村,一眼望去,惹眼的是好些红帽子。这支红帽子党员志愿者服务队成立于2010年,队员五十多人。"))
    assert article.sections == ["惹眼的“红帽子”"]
