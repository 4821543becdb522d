"""A box line printing the site's source and reporter fields together (`来源:某某日报   记者:张三`, in either
script) under the headline: a credit, its writer the name after `记者:`, not a headline of its own. Every snippet is
invented."""

import pytest

from app.parsing import parse_page
from tests.helpers import page

_LEAD = "“盼了三年的便民菜场,总算在小区门口开张了。”日前,柳塘街道南湾社区的居民老王笑着说。"
_MORE = "菜场不到三百平方米,摆了四十多个摊位,周边几个小区的老人走几步路就能买到菜。"


@pytest.mark.parametrize("box", [
    "来源:青石日报   记者:王小明", "来源:青石日报 记者:王小明", "來源:青石日報   記者:王小明"])
def test_source_and_reporter_fields_under_the_title(box):
    (article,) = parse_page(page("社区盼来一座便民菜场", box, _LEAD, _MORE))
    assert article.title == "社区盼来一座便民菜场"
    assert article.authors == ["王小明"]
    assert article.body.startswith("“盼了三年")
