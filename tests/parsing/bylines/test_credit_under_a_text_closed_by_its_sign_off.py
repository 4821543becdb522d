"""A text closed by its station's or paper's sign-off run on after its last sentence (`…一片忙碌。某某台报道`) is
finished: the credit line printed under it (`记者:张三 李四`) closes it, as under any finished text, and the text is
no subtitle the title ran out on. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_FIRST = ("入夏以来,青石县的茶农们天不亮就上山采茶,一筐筐新茶送进了村里的加工厂。",
          "茶农们说,今年的春茶价钱好,家家户户都盼着多采几筐。")
_SIGNED = "立秋前后,河谷里的葡萄园进入了采收期。剪串、分拣、装箱……工人们从早忙到晚,园子里一片忙碌。县台报道"
_NEXT = ("柳湾村的新集市", "柳湾村的新集市每逢三六九开市,十里八乡的村民都赶来买卖山货。")


def test_credit_under_a_signed_text_closes_it():
    text = page("茶乡新茶上市", *_FIRST, "葡萄园迎来采收", _SIGNED, "记者:周明 钱芳", *_NEXT)
    first, signed, market = parse_page(text)
    assert signed.title == "葡萄园迎来采收"
    assert signed.authors == ["周明", "钱芳"]
    assert signed.body == _SIGNED
    assert market.title == "柳湾村的新集市"
    assert market.authors == []


def test_signed_text_at_the_pages_end():
    (signed,) = parse_page(page("葡萄园迎来采收", _SIGNED, "记者:周明 钱芳"))
    assert signed.body == _SIGNED
    assert signed.authors == ["周明", "钱芳"]
