"""An article cut off mid-sentence (`…却一直没怎么`) by an item about the same kind of life, its rest printed after
that item opening with the few letters that close the sentence (`养活过。搬到乡下以后…`): the rest is that
paragraph, not the item's second paragraph, however well that one's words would run on — no paragraph opens on a
sentence of two to four letters. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.continuations.sentence_rests import opens_on_a_sentences_end
from tests.helpers import page

_FIRST = ("退休后,老两口把家从城里搬到了山脚下的柳溪村,租下一座带菜园的老院子,过起了乡下日子。",
          "住在城里的时候,老伴也试着在阳台上用花盆种过几棵青菜,却一直没怎么")
_OTHER = ("周末一到,山里的农家小院就住满了城里来的客人,院子里飘着柴火饭的香味。",
          "经过几年摸索,乡里把闲置的老房子改成了民宿,请来专业团队打理,客房常常一房难求。",
          "乡里的干部说,下一步还要把周边的果园串起来,让客人多住几天。")
_REST = ("养活过。搬到乡下以后,她跟邻居学会了搭架子、沤肥,菜园里的豆角和黄瓜吃都吃不完。",
         "老两口说,在村里住着清静,身子骨也比在城里时硬朗多了。")


def test_sentence_end_opening():
    assert opens_on_a_sentences_end("养活过。搬到乡下以后")
    assert not opens_on_a_sentences_end("近日,乡里开展了活动。")
    assert not opens_on_a_sentences_end("经过几年摸索,乡里把闲置的老房子改成了民宿。")


def test_rest_closing_the_broken_sentence_goes_back():
    text = page("老两口的乡下日子", *_FIRST, "山里民宿一房难求", *_OTHER, *_REST)
    first, other = parse_page(text)
    assert "却一直没怎么养活过。搬到乡下以后" in first.body
    assert first.body.endswith("身子骨也比在城里时硬朗多了。")
    assert other.body.endswith("让客人多住几天。")
    assert "经过几年摸索" in other.body
