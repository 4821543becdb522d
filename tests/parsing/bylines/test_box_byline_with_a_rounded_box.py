"""`▢ 全媒体记者 张三`: some papers set the byline under the title after a box with rounded corners (▢) where
others print □ or ■; it is the same box byline, and the text under it (`本报讯 昨日…`, no names in the
dateline) is credited to the names after the role. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.bylines.credits import box_byline_names
from app.text import fold
from tests.helpers import by_title, page


def test_the_rounded_box_byline_names_its_reporter():
    for line in ("▢ 全媒体记者 林小禾", "▢ 记者 林小禾 通讯员 王青"):
        assert box_byline_names(line, fold(line))[0] == "林小禾", line


def test_the_article_under_it_is_credited():
    articles = parse_page(page("白沙镇村村有了便民站", "▢ 全媒体记者 林小禾",
                               "本报讯 昨日,白沙镇最后一个村级便民服务站挂牌,全镇实现村村覆盖。",
                               "便民站设在村部一楼,村民办事不用再跑镇上。"))
    article = by_title(articles, "白沙镇村村有了便民站")
    assert article.authors == ["林小禾"] and article.body.startswith("昨日")
