"""A series' name closed by its instalment's number (`我与某某报的故事㉙`, `…的幸福事NO.4`) over a title is the
kicker: the number says the line names a run of pieces, the line under it names this one. Every snippet is
invented."""

from app.parsing import parse_page
from app.parsing.heads.headlines import is_kicker
from tests.helpers import page


def test_an_instalment_line_is_a_kicker():
    for line in ("我与柳湾日报的故事㉙", "白沙镇的幸福事NO.4", "营前村记事③"):
        assert is_kicker(line), line


def test_the_line_under_it_is_the_title():
    for kicker in ("我与柳湾日报的故事㉙", "我與柳灣日報的故事㉙", "白沙镇的幸福事NO.4"):
        articles = parse_page(page(kicker, "小区里有个读报小组", "■ 本报记者 林小禾",
                                   "“把群众的事当成天大的事,这篇报道写到我们心里了。”网格员王青读完当天的报纸说。",
                                   "自元旦开始,王青自费订阅的报纸受欢迎程度大大超出了他的预料。"))
        assert len(articles) == 1, kicker
        assert articles[0].title == "小区里有个读报小组" and articles[0].kicker == kicker, kicker
