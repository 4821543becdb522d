"""A feature's first section head printed right under its headline's byline, on one line or two
(`□记者 张三` / `某某概况——` / `从…到…`), over its text: the head opens the feature's body, it heads
no item of its own, and the headline keeps its byline and its text. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import column_page, page, wrapped

_TEXT = ["柳岸县位于青松湖东岸,东临大河,南与白沙县接壤,西与石桥县毗邻,北隔小清河与东山县相望。",
         "柳岸县下辖三个街道和八个镇,去年全县地区生产总值首次突破五百亿元,人均地区生产总值居全市前列。"]


def test_a_head_on_two_lines_under_the_byline_opens_the_body():
    articles = parse_page(page("柳岸的昨天、今天和明天", "□记者 鲁晓岚", "柳岸概况——\n从湖畔小城 到区域中心", *_TEXT))
    assert [a.title for a in articles] == ["柳岸的昨天、今天和明天"]
    assert articles[0].authors == ["鲁晓岚"]
    assert "柳岸县位于青松湖东岸" in articles[0].body and articles[0].body.rstrip().endswith("居全市前列。")


def test_the_head_under_the_byline_every_line_apart():
    blocks = [["柳岸的昨天、今天和明天"], ["□记者 鲁晓岚"], ["柳岸概况——"], ["从湖畔小城 到区域中心"],
              *(wrapped(text, 37) for text in _TEXT)]
    articles = parse_page(column_page(blocks, apart=True))
    assert [a.title for a in articles] == ["柳岸的昨天、今天和明天"]
    assert articles[0].authors == ["鲁晓岚"]
