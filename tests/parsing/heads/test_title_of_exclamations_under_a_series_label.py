"""A title made of two short calls each closed by `!`, quoted words among them and no comma (`好看“柳河”!来这里
“避暑”!`), printed under a short series label and over the text: the title of the group, the label its kicker, not
the text's first paragraph. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TEXT = ("盛夏时节,青石县柳河镇的山村里游人如织,农家乐的院子坐满了客人。",
         "“今年来避暑的人比去年多了一倍。”民宿老板孙大成说,村里的民宿早早就订满了。")


def test_two_calls_under_a_series_label():
    (article,) = parse_page(page("“乡”约青石", "好看“柳河”!来这里“避暑”!", *_TEXT))
    assert article.kicker == "“乡”约青石"
    assert article.title == "好看“柳河”!来这里“避暑”!"
    assert article.body.startswith("盛夏时节")


def test_a_lead_of_one_exclamation_stays_text():
    (article,) = parse_page(page("柳河镇避暑游升温", "好消息!", *_TEXT))
    assert article.title == "柳河镇避暑游升温"
    assert article.body.startswith("好消息!")


def test_calls_with_a_comma_stay_text():
    (article,) = parse_page(page("“乡”约青石", "快来看,柳河“避暑”好去处!别错过“好时光”!", *_TEXT))
    assert article.body.startswith("快来看")
