"""A narrow column's wrap may fall on the space between two names of a bracketed credit, leaving a
short line (`…讯(通讯员 张三 李四` / `王五)日前,…`): the line that closes the bracket goes on the line
that opened it, the lines of a paragraph consecutive or every line apart, and the credit is read
whole. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import column_page, wrapped

_TEXT = "连日来,青松镇组织志愿者走进田间地头,帮助种植大户抢收晚稻,确保颗粒归仓,农户们连声道谢。"
_LEAD_OPEN = "青松网白沙7月25日讯(通讯员 林小川 周夏"
_LEAD_REST = "王海)日前,白沙村的便民桥修缮完工,村民们出行方便了,老人们都说"


def _page(apart: bool) -> str:
    blocks = [["青松镇志愿者助农抢收"], wrapped(_TEXT), wrapped(_TEXT),
              ["白沙村修好便民桥"], [_LEAD_OPEN] + wrapped(_LEAD_REST), ["柳岸社区办起幸福食堂"], wrapped(_TEXT)]
    return column_page(blocks, apart)


def test_a_credit_the_wrap_broke_at_a_space_names_every_writer():
    for apart in (False, True):
        articles = parse_page(_page(apart))
        bridge = next(a for a in articles if a.title == "白沙村修好便民桥")
        assert bridge.authors == ["林小川", "周夏", "王海"], apart
        assert bridge.body.startswith("日前"), apart
