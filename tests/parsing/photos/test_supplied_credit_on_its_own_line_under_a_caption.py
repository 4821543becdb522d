"""A one-sentence caption printed between the headline (or its byline) and the body, its supplied credit on the line
right under it (`通讯员/供图`, `受访者供图`, `(受访者供图)`, either script): a photo of its own, the text below the
headline's, as when the credit is run on after the caption. Every snippet is invented."""

import pytest

from app.parsing import parse_page
from tests.helpers import page

_CAPTION = "石桥镇西湾村的村民坐上新换的电动渡船。"
_LEAD = "清早六点,石桥镇西湾村的渡口已经排起了队,等着过河去赶集的老人提着竹篮说说笑笑。"
_MORE = "渡船换成了电动船以后,来回一趟只要八分钟,船工老周说再大的雨也不用愁了。"


@pytest.mark.parametrize("credit", ["通讯员/供图", "通訊員/供圖", "受访者供图", "(受访者供图)"])
@pytest.mark.parametrize("byline", [(), ("记者 周小禾",)])
def test_caption_and_its_credit_line_between_headline_and_body(credit, byline):
    article, photo = parse_page(page("西湾村渡口换上电动船", *byline, _CAPTION + "\n" + credit, _LEAD, _MORE))
    assert article.title == "西湾村渡口换上电动船"
    assert article.body.startswith("清早六点")
    assert article.authors == (["周小禾"] if byline else [])
    assert photo.kind == "photo"
    assert photo.body == _CAPTION
