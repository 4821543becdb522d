"""Every line apart, a titled photo's caption the reader cut in two at a line ending a sentence: a headline over two
undated paragraphs, the second saying `…。图为…` right over `… 摄`, is one caption, a titled photo. Every snippet is
invented."""

from app.parsing import parse_page
from tests.helpers import every_line_apart

_TITLE = "驻村干部节前走访"
_FIRST = "近日,柳湾县选派三十名机关干部驻村任职。"
_SECOND = "驻村干部进村以后,挨家挨户走访,了解村情民意。图为驻白沙村的干部在中秋节前看望村里的老人。"
_ABOVE = ("东岭镇老街修缮完工", "东岭镇老街修缮工程近日完工,二十多座老宅恢复了原样,街上新开了书店、茶室和手工作坊,"
          "镇里还在街口修了停车场,周末来逛老街的游客一天比一天多,街坊们说老街又热闹起来了,晚上也有人来散步。")


def test_caption_cut_at_a_sentence_is_one_titled_photo():
    articles = parse_page(every_line_apart(*_ABOVE, _TITLE, _FIRST, _SECOND, "记者 赵一鸣 摄", width=20))
    assert [(a.kind, a.title) for a in articles] == [("article", _ABOVE[0]), ("photo", _TITLE)]
    assert "图为驻白沙村" in articles[1].body and articles[1].body.startswith("近日")


def test_two_paragraphs_not_pointing_at_a_picture_stay_an_article():
    second = "驻村干部进村以后,挨家挨户走访,了解村情民意,帮着村里理清了发展思路。"
    articles = parse_page(every_line_apart(*_ABOVE, _TITLE, _FIRST, second, "记者 赵一鸣 摄", width=20))
    assert [a.kind for a in articles] == ["article", "article"]
