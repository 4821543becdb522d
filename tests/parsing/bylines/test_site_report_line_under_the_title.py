"""A site's report line under a headline (`某某网4月11日某地站报道 记者 张三 通讯员 李四`: the site, the day, the desk
that filed it, `报道`, then the roles and names) is the article's byline, as the same line ending in `讯` is. Every
snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_LEAD = "今年春节和清明期间,柳湾镇掀起了一股乡贤返乡潮,乡贤们回家乡捐资公益事业,畅谈发展前景。"
_MORE = "去年以来,柳湾镇在全镇42个村均成立了乡贤促进会,适时召开了乡贤座谈会共计47场次。"


def test_a_site_report_line_under_the_headline_names_the_writers():
    byline = "柳湾网4月11日大岭站报道 记者 王小明 通讯员 钱多多"
    (article,) = parse_page(page("柳湾镇凝聚乡贤力量 跑出乡村振兴加速度", byline, _LEAD, _MORE))
    assert article.title == "柳湾镇凝聚乡贤力量 跑出乡村振兴加速度" and article.subtitle is None
    assert article.authors == ["王小明", "钱多多"]
    assert article.body.startswith("今年春节和清明期间")
