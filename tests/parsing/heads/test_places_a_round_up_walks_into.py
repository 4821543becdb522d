"""A round-up's introduction saying the reporter walked into the places it names by their count (`记者走进这三个村`,
`来到这两个社区`): the places it went into are its parts, so the head right under it (a village's name over a spaced
slogan, `柳湾村` / `…`) heads the round-up's first part, not a new item's title, as places it says it picked to visit
do. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_a_village_head_under_the_places_walked_into_goes_on_with_the_round_up():
    [article] = parse_page(page(
        "山里人家的新日子",
        "近来,青石县有三个村被评为省级美丽乡村。",
        "这几天我们走进这三个村,听听村民们讲自家的变化。",
        "柳湾村\n修好一条路 带富一村人",
        "傍晚时分,柳湾村的小广场上热闹起来,跳舞的、下棋的、带孩子遛弯的,挤满了一地。",
        "老支书张三说,路修通以前,村里的梨子烂在树上也运不出去,如今客商开着货车进村收。",
    ))
    assert article.title == "山里人家的新日子" and article.body.endswith("开着货车进村收。")
    assert "傍晚时分" in article.body
