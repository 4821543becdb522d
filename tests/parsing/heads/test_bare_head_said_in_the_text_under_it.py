"""A bare head (no quotation marks) that a speaker says whole in the paragraph under it (`种梨的日子有奔头` over
`…老孙拍着树干说:“…,种梨的日子有奔头!…”`): it heads a part of the running feature, not a new item; a head the
text under it does not quote stays what it was. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TITLE = "柳河村的梨园"
_ABOVE = ("沿着山路往里走,一片梨园铺满了半坡,梨树下的小路被扫得干干净净。",
          "柳河村种梨已有三十多年,全村四百来户,家家户户都有几亩梨园,梨子卖到了好几个省。")
_UNDER = ("推开一扇木门,老孙正在院里分拣梨子。见有人来,他拍着树干说:“往年愁卖,今年不愁了,种梨的日子有奔头!"
          "你看这一筐,城里的超市早就订下了。”",)


def test_head_said_whole_below_is_a_part():
    (article,) = parse_page(page(_TITLE, *_ABOVE, "种梨的日子有奔头", *_UNDER))
    assert article.sections == ["种梨的日子有奔头"]
    assert article.body.endswith("城里的超市早就订下了。”")


def test_only_a_bare_head_said_whole():
    from app.parsing.heads.words_said_below import said_below
    assert said_below("种梨的日子有奔头", "他说:“往年愁卖,种梨的日子有奔头!”")
    assert not said_below("“种梨的日子有奔头”", "他说:“往年愁卖,种梨的日子有奔头!”")
    assert not said_below("种梨的日子有奔头", "往年愁卖,种梨的日子有奔头。")
