"""A line under the title naming only its writers is its byline: a paper's name and one person's
(`青松晚报 林小川`, the source line a site prints over a paper's report, whatever the surname), or one
to three names alone, each opening with a surname (`林小川`, `林川 周夏`). Every snippet is invented."""

import pytest

from app.parsing import parse_page
from tests.helpers import page


@pytest.mark.parametrize("line, names", [("青松晚报 原小川", ["原小川"]), ("林小川", ["林小川"]),
                                         ("林川 周夏", ["林川", "周夏"])])
def test_a_writers_line_under_the_title(line, names):
    text = page("柳岸社区两个老小区同亮灯", line,
                "日前,柳岸社区的工作人员受两个老小区数百名居民委托,向市路灯管理处赠送了一面锦旗。",
                "今年三月,路灯管理处为两个老小区安装了十四盏新路灯,解决了居民夜间出行的难题。")
    articles = parse_page(text)
    assert len(articles) == 1
    assert articles[0].title == "柳岸社区两个老小区同亮灯" and articles[0].subtitle is None
    assert articles[0].authors == names
    assert articles[0].body.startswith("日前,柳岸社区")
