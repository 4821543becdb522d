"""Lines around a headline that are not its title: a column's tag in brackets over the title is its
kicker (`【新春走基层 · 最新动态】`); a `——记…` subtitle ends the headline group, so a head printed
under it opens the body's first section; and a bracketed label under the title (`【人物名片】`) opens
the body with what it labels. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_a_column_tag_in_brackets_over_the_title_is_its_kicker():
    (article,) = parse_page(page(
        "【新春走基层 · 最新动态】",
        "村道拓宽了,返乡路上不再堵车!",
        "某某融媒讯(通讯员 林夕)腊月二十八,青松村的新村道上车来车往,一路通畅。",
    ))
    assert article.kicker == "【新春走基层 · 最新动态】" and article.title == "村道拓宽了,返乡路上不再堵车!"
    assert article.authors == ["林夕"]


def test_a_head_under_a_dashed_subtitle_opens_the_first_section():
    (article,) = parse_page(page(
        "走在前头的人",
        "——记白沙镇的几位村干部",
        "敢闯的年轻人",
        "“这几年,村里最大的变化是什么?”",
        "开春时节,白沙镇青松村的大棚里,宋雨正忙着给黄瓜搭架。",
    ))
    assert (article.title, article.subtitle) == ("走在前头的人", "——记白沙镇的几位村干部")
    assert article.sections == ["敢闯的年轻人"]
    assert article.body.startswith("敢闯的年轻人") and "给黄瓜搭架" in article.body


def test_a_bracketed_label_under_the_title_opens_the_body():
    (article,) = parse_page(page(
        "青松村的第一台村晚",
        "【人物名片】",
        "林夕:白沙镇青松村村委会主任",
        "腊月三十晚上,青松村村委会门前搭起舞台,全村老少等着看自己的节目。",
    ))
    assert article.title == "青松村的第一台村晚" and article.subtitle is None
    assert article.body.startswith("【人物名片】") and "等着看自己的节目" in article.body
