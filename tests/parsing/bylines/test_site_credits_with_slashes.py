"""Credits sites print with slashes: a site's name longer than any person's before the role in the credit closing a
text (`……。(柳湾新闻网 记者/林小河)`) is the outlet that ran the report, no writer; a work mark and the outlet's role
parted by an underscore under the title (`文 / 图_柳湾融媒体记者 / 林小河`) is a byline. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TEXT = "12月5日,柳湾县白沙镇举办冬季农产品展销会,各村农户带来腊肉、米酒等特产,吸引不少市民前来选购。"


def test_a_long_site_name_before_role_slash_name_is_no_writer():
    [article] = parse_page(page("白沙镇办起年货展销会", _TEXT + "(柳湾新闻网 记者/林小河)"))
    assert article.authors == ["林小河"] and article.body.endswith("前来选购。")


def test_an_underscore_between_the_work_mark_and_the_outlets_role():
    text = "\n\n" + "\n\n".join([
        "青松村的网格员",
        "文 / 图_柳湾融媒体记者 / 林小河",
        "走进柳湾县白沙镇青松村,网格员王青正挨家挨户登记老人的用药需求。",
    ]) + "\n"
    [article] = parse_page(text)
    assert article.title == "青松村的网格员" and article.subtitle is None and article.authors == ["林小河"]
