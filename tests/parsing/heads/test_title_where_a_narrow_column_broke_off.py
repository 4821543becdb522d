"""With every line of a narrow column apart, an article broken off mid-sentence and continued lower
down leaves its last full-width line unfinished; the short line printed right under it is the title
of the article set in between when it is about the text below and not that sentence (`白沙村千亩小麦
喜获丰收` over `8月8日,白沙村千亩小麦…`). Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import every_line_apart as _apart

_OPEN = "今年青松镇万亩棉花迎来了丰收期,棉农们穿梭在棉田地头,一眼望去密密匝匝的棉花在秋日阳光的照"
_OPEN = _OPEN[:40]  # broken off at the end of a full line, mid-sentence
_REST = "射下一片雪白。合作社请来采棉机帮忙,收入比去年多了不少。"
_LEAD = "8月8日,白沙村千亩小麦喜获丰收,十余台收割机在田里来回忙碌,确保颗粒归仓。"
_MORE = "据悉,今年该村与粮油企业签订了产销订单,优质小麦不愁销路,村民收入有了保障。(林小川)"


def test_a_title_under_a_sentence_broken_off_heads_its_own_text():
    articles = parse_page(_apart("青松镇棉花喜获丰收", _OPEN, "白沙村千亩小麦喜获丰收", _LEAD, _MORE, _REST))
    assert [a.title for a in articles] == ["青松镇棉花喜获丰收", "白沙村千亩小麦喜获丰收"]
    assert articles[1].body.startswith("8月8日")


def test_a_piece_of_a_sentence_the_column_cut_stays_text():
    # `盟”积分兑换项` closes a quotation it never opened, and the line below ends its sentence at once
    cut = "青松社区今年起正式推出了“邻里互助志愿联盟”积分兑换项"
    rest = "目。居民每做一次邻里帮扶或楼道清扫就能攒下积分,换取米面油盐。"
    articles = parse_page(_apart("青松镇棉花喜获丰收", _OPEN + _REST, "青松社区推出积分兑换", cut, rest, _LEAD, _MORE))
    assert "盟”积分兑换项" not in [a.title for a in articles]
    assert "积分兑换项目。居民每做" in "".join(a.body.replace("\n", "") for a in articles)
