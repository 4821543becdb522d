"""A clause ending without a mark between a title and its dateline paragraph (`聚焦…,开放…,打通…` over
`本报讯(记者…)…`) is the title's subtitle, however the column wrapped it: the dateline opens the article's text, and
no text stands between a headline and its dateline. Every snippet is invented."""

import textwrap

from app.parsing import parse_page
from tests.helpers import column_page

_W = 37
_TITLE = "营前村村民晒粮很方便"
_SUBTITLE = "聚焦秋收时节村民的急难愁盼,开放村里的文化广场,腾出学校操场,帮大家把新收的粮食晒干收好"
_LEAD = ("本报讯(记者林小禾通讯员王青)9月20日,在柳湾县白沙镇营前村文化广场上,村民们正忙着摊晒刚收下的稻谷。"
         "今年全镇种了三万多亩水稻,收割机一开进田里,晒场就不够用了,不少村民只好把稻谷摊在路边,既不安全也晒不干。")
_MORE = ("营前村党支部书记说,村委会门口的空地、村小的操场和停车场也都划出了晒粮的格子,谁家先到谁家先用。"
         "镇里还安排了志愿者帮老人翻晒、装袋,村民们说这件事办到了大家的心坎上。")


def test_the_clause_over_the_dateline_is_the_subtitle_in_every_layout():
    for width in (1000, _W):
        for apart in (False, True):
            articles = parse_page(column_page([[_TITLE], textwrap.wrap(_SUBTITLE, width), textwrap.wrap(_LEAD, width),
                                               textwrap.wrap(_MORE, width)], apart=apart))
            assert len(articles) == 1, (width, apart)
            [article] = articles
            assert (article.title, article.subtitle) == (_TITLE, _SUBTITLE), (width, apart)
            assert article.authors == ["林小禾", "王青"] and article.body.startswith("9月20日"), (width, apart)


def test_an_unfinished_line_over_a_dateline_below_text_stays_text():
    """Under a paragraph, not a title, the clause is the text's own (a cut paragraph), no subtitle."""
    articles = parse_page(column_page([[_TITLE], [_MORE], [_SUBTITLE], [_LEAD]], apart=False))
    assert all(a.subtitle != _SUBTITLE for a in articles)
