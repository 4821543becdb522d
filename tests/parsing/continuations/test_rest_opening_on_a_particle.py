"""An article broken off inside a sentence (`…也改掉了不少人多年`) goes on, under the piece printed between, with a
paragraph that opens on the particle `的` (`的老毛病,…`): no sentence opens on it (a word opening with it, `的确`,
aside). When such a paragraph waits further down, the piece between's own paragraphs above it stay the piece's,
however many words they share with the broken article: the rest starts where the sentence goes on. Every snippet is
invented."""

from app.parsing import parse_page
from tests.helpers import page

_EARLIER = ("河湾镇:整治环境 扮靓乡村",
            "平整的水泥路、干净的院落、错落有致的花草……走进河湾镇东村,一幅清新的乡村画卷展现在眼前。",
            "东村的老书记周冬根说,这两年村里把清垃圾、管污水、改厕所当成头等事来抓,"
            "村子不光变得好看了,也改掉了不少人多年")
_BETWEEN = ("【新春走基层】", "山里人家“新日子”",
            "从县城坐车往山里走,两个多小时才到西岭村,路边的雾一直没散……",
            "西岭村早先没有公路,进一趟县城得走一天。路通以后,好几户人家办起了农家饭庄。",
            "村民吴秋芳说:“过去山货要背出山才能卖,现在客人进山来买,一个月多挣两三千元。”")
_REST = ("的老毛病,如今家家都把门前收拾得清清爽爽。",
         "“以前门口乱糟糟的,现在看着舒服多了。”东村村民郑德旺笑着说,住在村里心情也好了。")


def test_rest_opening_on_the_particle_takes_no_paragraph_of_the_piece_between():
    earlier, between = parse_page(page(*_EARLIER, *_BETWEEN, *_REST))
    assert "不少人多年的老毛病" in earlier.body
    assert earlier.body.endswith("住在村里心情也好了。")
    assert "西岭村" not in earlier.body
    assert between.body.endswith("一个月多挣两三千元。”")


def test_paragraph_opening_on_a_word_of_the_particle_is_no_rest():
    # `的确` opens a sentence: nothing is told by it
    rest = ("的确,西岭村的变化让人感慨,村民们的腰包一年比一年鼓。",)
    earlier, between = parse_page(page(*_EARLIER, *_BETWEEN, *rest))
    assert between.body.endswith("村民们的腰包一年比一年鼓。")
