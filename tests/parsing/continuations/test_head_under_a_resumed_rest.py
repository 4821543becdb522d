"""A head right under the rest of an article another one interrupted (`…想起的是儿时的记` / the article between /
`,和那些说不尽的乡愁,…`) heads the interrupted article's next section: it is judged against that article, not the
one the rest was printed under, and its text restating the head is no sign of a new item. Every snippet is
invented."""

from app.parsing import parse_page
from tests.helpers import page

_FEATURE = "[乡村新貌]走村串户看白沙"
_BETWEEN = "东岭镇开展文明家庭评选"
_HEAD = "当年竹篮换“口粮” 如今竹编进“网店”"


def _page(between: list[str], rest: str) -> str:
    return page(
        _FEATURE, "□ 本报记者 林小禾",
        "清明前后,本报记者回乡走了一趟,在柳湾县白沙镇走村串户,听乡亲们讲这些年的变化。",
        "一路上看到的是新修的水泥路,想起的是儿时的记",
        *between, rest, _HEAD,
        "顺着小河往里走,营前村的竹编作坊一家挨着一家,村口的展厅里摆满了篮子、灯罩和茶盘。",
        "营前村的老人说,当年家家编竹篮,挑到集上换口粮;如今竹编卖到了国外,年轻人也回村开起了网店。",
    )


def _check(articles, between_title: str) -> None:
    assert [a.title for a in articles] == [_FEATURE, between_title]
    feature = articles[0]
    assert _HEAD in feature.sections and feature.body.rstrip().endswith("年轻人也回村开起了网店。")


def test_head_under_a_rest_opening_mid_sentence_is_a_section():
    between = [_BETWEEN, "近日,东岭镇开展文明家庭评选,二十户家庭获评,镇里为他们送上了奖牌。",
               "评选活动每年一次,已经坚持了五年,镇里的好家风故事也越讲越多。"]
    _check(parse_page(_page(between, ",和那些说不尽的乡愁,看到的是家乡一天天变好。")), _BETWEEN)


def test_head_under_a_rest_in_the_other_script_is_a_section():
    between = ["東嶺鎮開展文明家庭評選", "近日,東嶺鎮開展文明家庭評選活動,二十戶家庭獲評,鎮里為他們送上了獎牌。",
               "評選活動每年一次,已經堅持了五年,鎮里的好家風故事也越講越多,鄉親們都說這是好事。"]
    _check(parse_page(_page(between, "忆和那些说不尽的乡愁,看到的是家乡一天天变好。")), "東嶺鎮開展文明家庭評選")
