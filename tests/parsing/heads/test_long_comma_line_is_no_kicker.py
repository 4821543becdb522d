"""An unfinished line a little too long for a headline, standing apart over a headline and its dateline,
may be that headline's kicker; but a line running on through three clauses or more is a sentence a
column broke off (an article interrupted mid-sentence by the next one), never a kicker. Every snippet
is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_CUT = "长廊建在村委会东侧,全长两百米,廊柱上挂着村里老人讲的故事,孩子们放学后常在这里看书,老人们则"


def test_a_line_of_three_clauses_cut_off_over_a_headline_is_text_not_its_kicker():
    articles = parse_page(page(
        "青松村修起了文化长廊",
        "本报讯(记者 张三)近日,青松村的文化长廊完工了,村民们饭后都爱到这里走一走。",
        _CUT,
        "白沙镇举办秋季运动会",
        "本报讯(通讯员 李四)10月8日,白沙镇第十届秋季运动会在镇中学操场开幕,两千多名师生参加。",
        "围坐着下棋聊天,长廊成了村里最热闹的地方。",
    ))
    assert by_title(articles, "白沙镇举办秋季运动会").kicker is None
    assert _CUT in by_title(articles, "青松村修起了文化长廊").body


def test_a_long_unfinished_line_of_two_phrases_over_a_dated_headline_is_still_its_kicker():
    kicker = "整洁的街道、宽敞的停车场、新栽的行道树和亮起来的路灯,让白沙镇这条走了几十年的老街换了模样"
    articles = parse_page(page(kicker, "白沙镇老街焕新颜",
                               "本报讯(通讯员 李四)近日,白沙镇老街改造完工,沿街商户陆续开门迎客。"))
    assert by_title(articles, "白沙镇老街焕新颜").kicker == kicker
