"""A traditional article interrupted right after the opening words of a paragraph (`“島上的能人可真多!”某某社區文化工`)
by an item printed in simplified characters: the short line is the opening of the paragraph the column cut, in the
script of the text above it, not a kicker over the simplified item's headline; the item keeps its headline and
the paragraph its words. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_ABOVE = ["清早的碼頭上,青松島的船老大們忙著補網、修船,島上新開的幾家民宿也早早掛出了招牌,等著週末的客人。",
          "鲁大伯在島上住了六十多年,他說,從前靠打魚過日子,如今開起了民宿,一家人的收入比過去翻了一番還多。"]
_REST = ["作站的林青松如數家珍。小小的陳列室里擺滿了老船模和舊漁具,每到週末都有遊客排隊進來參觀拍照。"]


def test_the_cut_opening_stays_with_the_traditional_article():
    text = page("青松島發掘漁業文化打造美麗漁村", *_ABOVE, "“島上的能人可真多!”青松島社區文化工",
                "柳岸县的过去、现在和将来", "□记者 柏小川",
                "柳岸县位于青松湖东岸,东临大河,南与白沙县接壤,西与石桥县毗邻,北隔小清河与东山县相望。", *_REST)
    articles = parse_page(text)
    assert [a.title for a in articles] == ["青松島發掘漁業文化打造美麗漁村", "柳岸县的过去、现在和将来"]
    assert by_title(articles, "柳岸县的过去、现在和将来").authors == ["柏小川"]
    assert "“島上的能人可真多!”" in by_title(articles, "青松島發掘漁業文化打造美麗漁村").body
