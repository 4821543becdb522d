"""A byline naming its desk or region before a colon and its reporter spaced from a closing `报道` (`华东区:张三 报道`),
under the title: the names are the article's writers and the line no headline (none ends in a name set apart from
`报道`). Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.bylines.outlet_bylines import byline_names
from app.text import fold


def test_the_desk_label_is_no_name():
    assert byline_names("华东区:宋雨 报道", fold("华东区:宋雨 报道")) == ["宋雨"]
    assert byline_names("西南站:宋雨 白桦 报道", fold("西南站:宋雨 白桦 报道")) == ["宋雨", "白桦"]
    assert byline_names("专题:乡村振兴 报道", fold("专题:乡村振兴 报道")) is None


def test_the_byline_under_a_title():
    page = "\n\n" + "\n\n".join([
        "青松村志愿者清扫小区",
        "华东区:宋雨 报道",
        "4月9日,柳湾县白沙镇青松村的十一名志愿者走进青石小区,清扫道路和绿化带。",
        "在志愿者们的努力下,小区道路恢复了干净整洁的模样,居民们纷纷点赞。",
    ]) + "\n"
    [article] = parse_page(page)
    assert article.title == "青松村志愿者清扫小区" and article.authors == ["宋雨"]
