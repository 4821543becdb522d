"""A site's app and the site itself joined by a dash before `讯` (`某某网客户端—某某网讯(通讯员 …)`), as provincial
sites print their reports: one outlet's dateline like `某某网·某某客户端`, the names in its brackets are the
authors. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.bylines.credits import parse_dateline
from app.text import fold
from tests.helpers import by_title, page

_LINE = "楚风网客户端—楚风网讯(通讯员 林小禾 王青)“一村山色半村湖。”柳湾村的茶园连成了片。"


def test_the_dateline_names_its_reporters():
    dateline = parse_dateline(_LINE, fold(_LINE))
    assert dateline is not None and dateline.authors == ["林小禾", "王青"]
    assert _LINE[dateline.end:].startswith("“一村山色")


def test_the_article_is_credited_in_either_script():
    for line in (_LINE, "楚風網客戶端—楚風網訊(通訊員 林小禾 王青)“一村山色半村湖。”柳灣村的茶園連成了片。"):
        articles = parse_page(page("柳湾村的美丽新画卷", line, "村里把茶叶、果桑和药材规模化种植,村民在家门口务工。"))
        article = by_title(articles, "柳湾村的美丽新画卷")
        assert article.authors == ["林小禾", "王青"] and article.body.startswith("“一村山色"), line


def test_a_dash_in_a_sentence_is_no_dateline():
    line = "会上传来好消息—柳湾村讯息平台(记者可查)已经开通。"
    dateline = parse_dateline(line, fold(line))
    assert dateline is None or dateline.authors == []
