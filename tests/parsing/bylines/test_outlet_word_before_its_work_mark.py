"""A credit line after the text naming the outlet alone before its work mark (`新华社 图/文`, `本报 文/图`, either
script): the wire or the paper made the words and picture, no person is named (新 and 本 are surnames, but not here).
Every snippet is invented."""

import pytest

from app.parsing import parse_page
from tests.helpers import page

_LEAD = "清早六点,石桥镇西湾村的渡口已经排起了队,等着过河去赶集的老人提着竹篮说说笑笑。"
_MORE = "渡船换成了电动船以后,来回一趟只要八分钟,船工老周说再大的雨也不用愁了。"


@pytest.mark.parametrize("credit", ["新华社 图/文", "新華社 圖/文", "中新社 文/图", "本报 图/文"])
def test_outlet_and_work_mark_name_no_one(credit):
    (article,) = parse_page(page("西湾村渡口换上电动船", _LEAD, _MORE, credit))
    assert article.authors == []
    assert article.body.endswith("也不用愁了。")


def test_a_person_before_the_work_mark_is_still_named():
    (article,) = parse_page(page("西湾村渡口换上电动船", _LEAD, _MORE, "周小禾 图/文"))
    assert article.authors == ["周小禾"]
