"""A line right under a title that opens its block, ending without a mark, over text whose first words only ever
open a sentence (`如果不是…`): a sentence the column broke does not resume that way, so the line is the title's
subtitle, not the start of the text. A line over text that goes on mid-clause stays text. Every snippet is
invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_SUBTITLE = "在规划、建设、管理上不断探索,这座小城在美丽乡村建设中,走在了全省前面"


def test_the_line_under_the_title_is_its_subtitle():
    articles = parse_page(page(
        "最美乡村的“白沙样本”", _SUBTITLE,
        "如果不是耳边偶尔传来几声鸡鸣,你几乎忘了这里是乡下。",
        "街道整齐干净,水塘与湿地密布,房屋有着统一的、与周围山水和谐的风格。",
    ))
    article = by_title(articles, "最美乡村的“白沙样本”")
    assert article.subtitle == _SUBTITLE
    assert article.body.startswith("如果不是耳边")


def test_a_line_running_on_into_the_text_below_stays_text():
    articles = parse_page(page(
        "白沙镇修好了村道", "今年以来,白沙镇投入资金八百多万元,对全镇十二个行政村的村道进行",
        "拓宽和硬化,村民出行更方便了。",
    ))
    article = by_title(articles, "白沙镇修好了村道")
    assert article.subtitle is None and article.body.startswith("今年以来")
