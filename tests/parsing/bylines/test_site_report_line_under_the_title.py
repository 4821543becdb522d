"""A site's report line under a headline (`某某网4月11日某地站报道 记者 张三 通讯员 李四`: the site, the day, the desk
that filed it, `报道`, then the roles and names) is the article's byline, as the same line ending in `讯` is. Every
snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_LEAD = "清明前后,不少在外经商的柳湾镇人回到老家,有的出钱修桥,有的出主意办夜校。"
_MORE = "镇里为此在各村设了联络点,专门记下乡亲们提出的想法,一件件落到实处。"


def test_a_site_report_line_under_the_headline_names_the_writers():
    byline = "柳湾网4月11日大岭站报道 记者 王小明 通讯员 钱多多"
    (article,) = parse_page(page("柳湾镇乡贤回乡 出钱出力建家乡", byline, _LEAD, _MORE))
    assert article.title == "柳湾镇乡贤回乡 出钱出力建家乡" and article.subtitle is None
    assert article.authors == ["王小明", "钱多多"]
    assert article.body.startswith("清明前后")
