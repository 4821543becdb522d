"""A long line holding a comma and a list of three or more items, left unfinished (`怎样让居民的获得感、
幸福感、安全感更足、更稳`), is a sentence the page cut off where another article interrupts it, not a
headline, even between a section head and the interrupting title. Every snippet is
invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page


def test_a_cut_line_listing_things_between_a_head_and_a_title_is_text():
    articles = parse_page(page(
        "青松街道:织密服务网 守护百姓家",
        "近年来,青松街道围绕建设宜居街区的目标,把服务送到居民家门口,老人看病、孩子上学、年轻人就业都有人帮着张罗。",
        "网格引领\n织密基层治理“一张网”",
        "基层事务千头万绪,怎样让居民的获得感、幸福感、安全感更足、更稳",
        "白沙:老小区装上新路灯 夜路不再黑",
        "日前,白沙街道的三个老小区装上了一百多盏新路灯,晚上出门散步的居民多了,大家都说心里踏实。",
        "定、更可持续?青松街道把网格员派进每栋楼,居民有事在群里说一声,网格员当天就上门。",
    ))
    heads = " ".join(f"{a.kicker} {a.title} {a.subtitle}" for a in articles)
    assert "基层事务千头万绪" not in heads
    assert any("基层事务千头万绪" in a.body for a in articles)
    assert by_title(articles, "白沙:老小区装上新路灯 夜路不再黑").body.startswith("日前,白沙街道")
