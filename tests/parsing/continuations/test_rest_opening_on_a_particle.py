"""An article broken off inside a sentence (`…还转变了村民以往`) goes on, under the piece printed between, with a
paragraph that opens on the particle `的` (`的卫生习惯,…`): no sentence opens on it (a word opening with it, `的确`,
aside). When such a paragraph waits further down, the piece between's own paragraphs above it stay the piece's,
however many words they share with the broken article: the rest starts where the sentence goes on. Every snippet is
invented."""

from app.parsing import parse_page
from tests.helpers import page

_EARLIER = ("河湾镇:整治环境 扮靓乡村",
            "平整的水泥路、干净的院落、错落有致的花草……走进河湾镇东村,一幅清新的乡村画卷展现在眼前。",
            "东村党支部书记周冬根介绍,村里在人居环境整治中,以垃圾、污水、厕所治理为重点,开展村庄清洁行动,"
            "不仅让村庄环境大变样,还转变了村民以往")
_BETWEEN = ("【新春走基层】", "山里人家“新日子”",
            "从县城出发,沿着盘山公路开了两个多小时,才到了大山深处的西岭村,一路上云雾缭绕……",
            "西岭村过去不通公路,村民出山要走一整天。如今公路修到了家门口,村民们在家门口开起了农家乐。",
            "村民吴秋芳说:“以前卖一担山货要走一天的路,现在游客自己上门来买,一个月能挣两三千元。”")
_REST = ("的卫生习惯,展现出乡村的新面貌,树立起文明新风。",
         "“以前房前屋后堆满了杂物,现在干干净净的。”东村村民郑德旺说,环境整治让村民的日子更舒心了。")


def test_rest_opening_on_the_particle_takes_no_paragraph_of_the_piece_between():
    earlier, between = parse_page(page(*_EARLIER, *_BETWEEN, *_REST))
    assert "村民以往的卫生习惯" in earlier.body
    assert earlier.body.endswith("环境整治让村民的日子更舒心了。")
    assert "西岭村" not in earlier.body
    assert between.body.endswith("一个月能挣两三千元。”")


def test_paragraph_opening_on_a_word_of_the_particle_is_no_rest():
    # `的确` opens a sentence: nothing is told by it
    rest = ("的确,西岭村的变化让人感慨,村民们的腰包一年比一年鼓。",)
    earlier, between = parse_page(page(*_EARLIER, *_BETWEEN, *rest))
    assert between.body.endswith("村民们的腰包一年比一年鼓。")
