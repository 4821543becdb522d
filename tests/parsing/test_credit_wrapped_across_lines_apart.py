"""With every line of a narrow column apart, a bracketed credit the wrap broke (`…讯(某某日报记者 张三
通讯员 李` / `四)日前,…`, `…某某社发(张` / `三摄)`) is read whole: the line that closes the bracket belongs to
the cut line that opened it. Every snippet is invented."""

import pytest

from app.parsing import parse_page
from tests.helpers import every_line_apart as _apart

_TEXT = "连日来,青松镇组织志愿者走进田间地头,帮助种植大户抢收晚稻,确保颗粒归仓,农户们连声道谢。"


@pytest.mark.parametrize("opening, closing", [("(", ")"), ("（", "）")])  # full-width brackets too
def test_a_dateline_credit_broken_by_the_wrap_names_both_writers(opening, closing):
    lead = (f"本报讯{opening}青松日报记者 林小川 通讯员 周夏{closing}日前,白沙村的便民桥修缮完工,村民们出行更方便了,"
            "老人们都说这是件大好事。")
    articles = parse_page(_apart("青松镇志愿者助农抢收", _TEXT, _TEXT, "白沙村修好便民桥", lead, _TEXT))
    bridge = next(a for a in articles if a.title == "白沙村修好便民桥")
    assert bridge.authors == ["林小川", "周夏"]
    assert bridge.body.startswith("日前")


def test_an_agency_credit_broken_by_the_wrap_makes_a_photo():
    caption = "白沙村村民在田里收割晚稻。新华社发(林小川摄)"  # (the wrap falls inside the name)
    articles = parse_page(_apart("青松镇志愿者助农抢收", _TEXT, _TEXT) + "\n\n\n" + _apart(caption))
    assert [a.kind for a in articles] == ["article", "photo"]
    assert articles[1].authors == ["林小川"]

