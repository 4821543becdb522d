"""An article stopped after a finished paragraph, no credit and no closing paragraph, having met a person introduced
by a common noun (`老渔民孟庆余`); its rest, printed under the item that interrupted it, shares few words with it but
quotes that person by name, one the item between never named: the rest goes back to the article that met him. A
person the item itself names, or a name it does not quote, leaves its text where it is. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_EARLIER = ("秋日的湖面上,白帆点点,水鸟低飞,记者随采风团登上了湖心岛。",
            "在岛东头的小院里,采风团拜访了老渔民孟庆余一家。“早些年一年到头在湖上漂着,如今日子安稳多了。”")
_INTERRUPTING = ("10月8日,县书法协会组团到柳林镇采风,二十多位书法家参加了活动。",
                 "在镇文化站,书法家们挥毫泼墨,写下一幅幅春联送给前来观看的居民。",
                 "协会负责人表示,今后每年都要到乡镇走一走,把笔墨送到百姓身边。")
_REST = ("清早摇船去收网,傍晚在码头边卖鲜货,成了老孟家的日常。“现在网上也能卖,城里人就爱这一口鲜。”孟庆余笑着说。",
         "采风团成员纷纷感叹,小岛上的日子过得踏实又红火。")


def test_rest_quoting_the_person_the_article_above_met_returns_to_it():
    articles = parse_page(page("采风团走进湖心岛", *_EARLIER, "县书法协会赴柳林采风", *_INTERRUPTING, *_REST))
    assert by_title(articles, "采风团走进湖心岛").body.endswith("踏实又红火。")
    assert by_title(articles, "县书法协会赴柳林采风").body.endswith("送到百姓身边。")


def test_a_person_the_item_between_names_keeps_the_text_there():
    interrupting = (*_INTERRUPTING[:2], "协会请来老渔民孟庆余讲湖上的故事,今后每年都要到乡镇走一走。")
    articles = parse_page(page("采风团走进湖心岛", *_EARLIER, "县书法协会赴柳林采风", *interrupting, *_REST))
    assert by_title(articles, "县书法协会赴柳林采风").body.endswith("踏实又红火。")


def test_a_name_not_quoted_keeps_the_text_there():
    rest = ("清早摇船去收网,傍晚在码头边卖鲜货,孟庆余家的小船成了岛上的一景。", _REST[1])
    articles = parse_page(page("采风团走进湖心岛", *_EARLIER, "县书法协会赴柳林采风", *_INTERRUPTING, *rest))
    assert by_title(articles, "县书法协会赴柳林采风").body.endswith("踏实又红火。")


def test_a_speaker_only_quoted_above_keeps_the_text_there():
    # (named after a quotation, not met: any report may quote him)
    earlier = (_EARLIER[0], "“早些年一年到头在湖上漂着,如今日子安稳多了。”孟庆余笑着说。")
    articles = parse_page(page("采风团走进湖心岛", *earlier, "县书法协会赴柳林采风", *_INTERRUPTING, *_REST))
    assert by_title(articles, "县书法协会赴柳林采风").body.endswith("踏实又红火。")
