"""An article interrupted at a paragraph break by a piece about the same kind of work, its rest printed after that
piece opening with its next part's head: the head picks up words of its own article's headline (`整治听取民声` under
`在整治中,既修路又听取民声解民忧`) and hardly any of the piece's, so the head and the text under it go on with their
own article, not with the piece printed between. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_FIRST = ("在整治中,既修路又听取民声解民忧,青川——", "旧街巷换了新模样",
          "清早,青川南门街道的老街上,八十岁的周大爷照常出门遛弯。",
          "“以前路上坑坑洼洼,下雨天出门一脚泥。”周大爷说,去年街道启动整治,路平了,灯亮了,街角还多了小花园。")
_PIECE = ("安置房小区的新变化", "记者 林小河",
          "五年前,白沙小区的刘阿姨因为受不了楼道里堆满杂物,搬去了城东。",
          "今年春天,她又搬了回来。像她这样走了又回来的,小区里有十多户。")
_REST = ("整治听取民声", "干净的巷子里,几位老人坐在树下下棋。“整治的时候,街道开了好几次会,大家的意见都听进去了。”")


def test_the_head_and_its_text_go_on_with_their_own_article():
    first, piece = parse_page(page(*_FIRST, *_PIECE, *_REST))
    assert first.title == "旧街巷换了新模样" and first.sections == ["整治听取民声"]
    assert first.body.endswith("大家的意见都听进去了。”")
    assert piece.authors == ["林小河"]
    assert piece.body.endswith("小区里有十多户。")



def test_a_later_items_title_is_not_given_to_the_piece_printed_between():
    # the next item's head shares words with the piece's headline, but the piece began after the article now running
    # (it interrupted nothing there): the head, naming another province than that article's, titles its own item
    rest = (_REST[0], _REST[1] + "在四川,这样的老街今年还要再改造一百条。")
    later = ("北京:老小区的新变化又来了", "城北的一个老小区今年装上了电梯,六楼的王奶奶第一次坐电梯下楼买菜。",
             "“上下楼不用再歇三回了。”王奶奶笑着说。")
    first, piece, last = parse_page(page(*_FIRST, *_PIECE, *rest, *later))
    assert first.sections == ["整治听取民声"] and piece.body.endswith("小区里有十多户。")
    assert last.title == "北京:老小区的新变化又来了" and last.body.endswith("王奶奶笑着说。")
