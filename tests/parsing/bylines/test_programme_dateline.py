"""A programme's or column's name in title marks before a region's word for a report and bracketed
reporters (`《某某面对面》江苏讯(通讯员 张三)`) is a dateline: the names are the authors and the text
starts after them. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_a_programme_name_before_its_report_word_is_a_dateline():
    (article,) = parse_page(page(
        "青松社区设立“板凳议事会”",
        "《百姓说事》青山讯(通讯员 张小明)6月15日上午,青松社区“板凳议事会”第一次开会,"
        "居民代表围坐在院子里商量停车的事。",
    ))
    assert article.authors == ["张小明"]
    assert article.body.startswith("6月15日上午,青松社区")
