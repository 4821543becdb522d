"""Every line apart, a section head printed on two short lines whose first is a label closed by its colon
(`产业赋能:` / `塘口的新变化`) is one head, asked as any head is whether it heads a part of the running article: read
line by line the two look like a kicker over a title. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import every_line_apart

_TEXT = ["1月2日上午,柳湾县白沙镇的螃蟹养殖大户林大勇撑着小船,穿梭在自家的塘口,查看螃蟹的活动情况。",
         "林大勇随手提起一笼,笼里的螃蟹壳青肚白、爬得飞快,称一称每只都有三两多。"]
_REST = "“以前都是粗养,现在大不一样了!”从一九九三年养蟹起步,到如今成为老把式,林大勇对养殖模式的转变感触很深。"


def test_a_colon_label_over_its_phrase_heads_a_part():
    [article] = parse_page(every_line_apart("白沙螃蟹个头大", *_TEXT, "产业赋能:", "塘口的新变化", _REST))
    assert article.title == "白沙螃蟹个头大" and article.body.endswith("感触很深。")
