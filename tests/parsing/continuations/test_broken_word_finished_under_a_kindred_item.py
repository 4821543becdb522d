"""An article broken off inside a word (`…又维护好群`) and, under the finished text of an article printed in between,
a paragraph opening with the rest of that word (`众利益,…`: `群众` a common word, `众利` none, no sentence opens so):
that paragraph and the text after it are the broken article's, however many words of the page's subject the article
in between shares with them. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_HOST_HEAD = "以“和”为先 筑“安”为基"
_HOST_ONE = "在大岭镇的田间地头,调解员们走街串巷倾听群众心声;在各村的调解室里,村干部手持记录本,认真倾听纠纷双方的陈述。"
_HOST_TWO = ("大岭镇是柳湾县人口最多的镇,面对新形势,大岭镇由司法所牵头,多方发力排查化解矛盾纠纷,"
             "既保障重点工程顺利推进,又维护好群")
_REST = "众利益,村村调解室调处纠纷,去年调处成功率达到九成。"
_HEAD = "让矛盾纠纷化解在家门口"
_REST_TWO = ("王五和李四是邻居,因宅基地边界发生纠纷,多次协商无果。"
             "调解室的调解员和村干部与双方面对面调解,坚持源头化解,最终达成调解协议。")
_OTHER_HEAD = "白沙镇调解室化解矛盾睦乡邻"
_OTHER_ONE = "“谢谢你们,不仅化解了我们的纠纷,还缓和了邻里关系。”白沙镇村民赵六对调解员说。白沙镇每个村都有调解室。"
_OTHER_TWO = ("白沙镇党委坚持源头化解矛盾纠纷,村村成立调解室,调处各类矛盾纠纷,"
              "去年全镇调解室共调解纠纷一百余起,调处成功率达到九成。")


def test_a_paragraph_finishing_the_broken_word_goes_back_with_the_text_after_it():
    text = page(_HOST_HEAD, _HOST_ONE, _HOST_TWO, _OTHER_HEAD, _OTHER_ONE, _OTHER_TWO, _REST, _HEAD, _REST_TWO)
    host, other = parse_page(text)
    assert host.title == _HOST_HEAD and host.sections == [_HEAD]
    assert "好群众利益" in host.body and host.body.endswith("达成调解协议。")
    assert other.title == _OTHER_HEAD and other.body.endswith("达到九成。")
