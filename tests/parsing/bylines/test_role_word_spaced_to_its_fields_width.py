"""A byline line under the title whose two-letter role word is spaced out to the width of the field names under it
(`记 者|张三`, `作 者 张三`, either script): a credit naming its writer, not a subtitle. Every snippet is invented."""

import pytest

from app.parsing import parse_page
from tests.helpers import page

_LEAD = "清早六点,石桥镇西湾村的渡口已经排起了队,等着过河去赶集的老人提着竹篮说说笑笑。"
_MORE = "渡船换成了电动船以后,来回一趟只要八分钟,船工老周说再大的雨也不用愁了。"


@pytest.mark.parametrize("box", ["记 者|周小禾", "記 者|周小禾", "记 者 周小禾", "作 者 周小禾"])
def test_spaced_role_word_names_the_writer(box):
    (article,) = parse_page(page("西湾村渡口换上电动船", box, _LEAD, _MORE))
    assert article.title == "西湾村渡口换上电动船"
    assert article.subtitle is None
    assert article.authors == ["周小禾"]
    assert article.body.startswith("清早六点")
