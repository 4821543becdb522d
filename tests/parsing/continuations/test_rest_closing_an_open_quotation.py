"""An article broken off inside an open quotation (`…“山路`), another article printed in between whose paragraphs
open on villagers' words of their own (`“早些年我就…”,…`), and lower down the rest that closes the quotation
(`难走,出门就犯愁。”…`): the rest is the first paragraph whose first quotation mark closes one; a paragraph opening
a quotation of its own is no rest of a sentence still inside one. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_FIRST = ("东湾村的农家乐",
          "两层小楼,六间客房,院里种满了花……这是青石县柳河镇东湾村村民孙大成开的农家乐。周末客人多,房间常常订满。",
          "东湾村在深山里,早些年村里一直很穷。“山路")
_SECOND = ("北岭村的板栗林",
           "一大早,我们来到青石县北岭村,村口的板栗林望不到边。",
           "“这几年的日子越过越好了”,村干部吴小平指着板栗林说,村里种板栗已有十多年。",
           "“早些年我就开始收板栗”,村民郑春兰说,如今她家一年能卖两万斤板栗。",
           "在郑春兰的板栗加工坊里,雇了七八个村里人。她说每年光工钱就要发三四万块。",
           "大多数村民都看好板栗的销路,打算再多种一些。")
_REST = ("难走,出门就犯愁。”村支书周明远说,2012年修通公路以后,村里才慢慢好起来。",
         "如今,东湾村开了十多家农家乐,每到夏天,到山里歇凉的客人一拨接一拨。")


def test_the_rest_is_the_paragraph_closing_the_quotation():
    first, second = parse_page(page(*_FIRST, *_SECOND, *_REST))
    assert first.title == "东湾村的农家乐"
    assert "很穷。“山路难走,出门就犯愁。”" in first.body
    assert first.body.endswith("一拨接一拨。")
    assert "板栗" not in first.body
    assert second.title == "北岭村的板栗林"
    assert second.body.endswith("打算再多种一些。")
