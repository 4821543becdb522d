"""A line opening as if pointing back (`这样的…`) is read as text going on from the text above, but right under
finished text printed in the other script than it and the text below it, it points at nothing above: a page that
mixes scripts mixes them article by article, so the text above is another article's, and the line is the headline
of the text below. In one script throughout, the line stays text. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import every_line_apart, page

_TITLE = "“駐村這一年,我們學會了聽”"
_FIRST = ("柳灣縣的駐村幹部很少有空閒,白天走村入戶,晚上整理台賬,週末也常常留在村裡。記者跟著白沙鎮的"
          "工作隊走了三天,看到了他們的日常,也聽到了村民們對他們的評價。")
_HEAD = "这样的帮扶队很暖心"
_TEXT = ("今年以来,柳湾县各帮扶队在拓宽增收门路、办好实事等方面下功夫,村民林小禾家缺少劳力,"
         "队员们主动上门帮忙播种。")
_SIMPLIFIED_FIRST = ("柳湾县的驻村干部很少有空闲,白天走村入户,晚上整理台账,周末也常常留在村里。记者跟着白沙镇的"
                     "工作队走了三天,看到了他们的日常。")


def test_under_text_in_the_other_script_the_line_titles_the_text_below():
    articles = parse_page(page(_TITLE, _FIRST, _HEAD, _TEXT))
    assert [a.title for a in articles] == [_TITLE, _HEAD]
    assert articles[0].body.endswith("評價。") and articles[1].body.startswith("今年以来")


def test_every_line_apart_the_same():
    articles = parse_page(every_line_apart(_TITLE, _FIRST, _HEAD, _TEXT))
    assert [a.title for a in articles] == [_TITLE, _HEAD]


def test_in_one_script_the_line_stays_text():
    articles = parse_page(page("柳湾县的驻村干部", _SIMPLIFIED_FIRST, _HEAD, _TEXT))
    assert len(articles) == 1 and "这样的帮扶队很暖心" in articles[0].body
