"""A signed piece's byline: the writer's posts joined by `、`, a space and the name (`某某区委副书记、某某镇党委书记
张三`) on the line under the title. It credits the name and is no headline: the title above stays the title.
Posts without an office before their title (`好书记、好镇长 张三`) are words of a headline. Every snippet is
invented."""

from app.parsing import parse_page
from app.parsing.bylines.post_bylines import post_byline_names
from app.text import fold
from tests.helpers import by_title, page

_LINE = "柳湾区委副书记、政法委书记、白沙镇党委书记 林小禾"


def test_the_posts_line_names_the_writer():
    assert post_byline_names(_LINE, fold(_LINE)) == ["林小禾"]
    assert post_byline_names("白沙镇镇长 王青", fold("白沙镇镇长 王青")) == ["王青"]


def test_posts_without_an_office_or_a_name_after_them_credit_nobody():
    for line in ("好书记、好镇长 林小禾", "白沙镇党委书记带队走访", "白沙镇党委书记 乡村振兴"):
        assert post_byline_names(line, fold(line)) is None, line


def test_the_title_above_stays_the_title():
    articles = parse_page(page("特色产业铺路子 村民增收有奔头", _LINE,
                               "近年来,白沙镇深挖资源潜力,发展特色产业,不断壮大村集体经济。",
                               "村集体产业活力迸发。营前村靠着村边的湿地办起了农家乐,一年能挣一百多万元。"))
    article = by_title(articles, "特色产业铺路子 村民增收有奔头")
    assert article.kicker is None and article.authors == ["林小禾"]
    assert article.body.startswith("近年来") and len(articles) == 1
