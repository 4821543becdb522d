"""A sentence under a title trailing off in `——` into the text (`随着…,某某镇的村民…——`) is the title's
subtitle: it leads on to what follows, a title never does, even when it names the place and the title
above it names none. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, every_line_apart, page

_TITLE = "书声近了笑声多了"
_LEAD_ON = "随着农家书屋越办越好,白沙镇青松村的乡亲们,在家门口就能读上新书——"
_TEXT = ("3月5日上午,在白沙镇青松村农家书屋里,十多位村民围坐在长桌旁读书看报,"
         "几个孩子在书架前挑选绘本。")


def test_the_sentence_trailing_off_in_a_dash_is_the_subtitle():
    articles = parse_page(page(_TITLE, _LEAD_ON, "□ 王小青", _TEXT))
    article = by_title(articles, _TITLE)
    assert article.kicker is None and article.subtitle == _LEAD_ON
    assert article.authors == ["王小青"] and article.body.startswith("3月5日上午")


def test_so_with_every_line_apart():
    articles = parse_page(every_line_apart(_TITLE, _LEAD_ON, "□ 王小青", _TEXT, width=37))
    article = by_title(articles, _TITLE)
    assert article.kicker is None and article.subtitle.replace(" ", "").endswith("新书——")


def test_a_kicker_ending_in_a_dash_still_leads_into_its_title():
    articles = parse_page(page("青松村——", "农家书屋成了村民的“充电站”", _TEXT))
    article = by_title(articles, "农家书屋成了村民的“充电站”")
    assert article.kicker == "青松村——"
