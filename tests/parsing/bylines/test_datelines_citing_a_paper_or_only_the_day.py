"""A site's `讯` with the paper it took the report from in square brackets, then the writers listed with `、` and
closed by `报道:` (`某某网讯[某某日报]张三、李四报道:…`), and a paper's own dateline of the day alone and `讯:`
(`6月3日讯:…`): both are datelines, cut off the text, the listed names its writers. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_site_dateline_citing_its_paper_names_the_listed_writers():
    text = page("溪口镇整治村前小河",
                "青山网讯[青山日报]韩立明、方小禾、柯永报道:入夏以来,溪口镇发动村民清理村前小河,两岸种上了垂柳。",
                "镇里还请来技术员,帮各村建起了小型污水处理池。")
    (article,) = parse_page(text)
    assert article.authors == ["韩立明", "方小禾", "柯永"]
    assert article.body.startswith("入夏以来,溪口镇")


def test_site_dateline_citing_its_paper_with_one_writer():
    text = page("溪口镇整治村前小河",
                "青山网讯[青山日报]韩立明报道:入夏以来,溪口镇发动村民清理村前小河,两岸种上了垂柳。")
    (article,) = parse_page(text)
    assert article.authors == ["韩立明"]
    assert article.body.startswith("入夏以来")


def test_the_day_and_xun_alone_open_the_text():
    text = page("茶山来了收茶人", "6月3日讯:昨天上午,石岭村的茶农早早把新茶摆到村口,等着收茶的客商上门。",
                "村支书说,今年的春茶比往年多收了两成。")
    (article,) = parse_page(text)
    assert article.title == "茶山来了收茶人"
    assert article.authors == []
    assert article.body.startswith("昨天上午,石岭村")
