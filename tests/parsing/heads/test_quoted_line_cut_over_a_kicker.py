"""A line opening with someone's words quoted whole and closed by `!` or `?`, running on with no end
(`“…宝贝!”巡山员周大海一边检查防`), printed under an article's text and over another article's headline group that
has its kicker already (`福安县青石镇` over the title), is the first piece of a sentence the column broke: it goes
on with the article above, not a second kicker. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_FIRST = ("林场新规出台", "清溪镇绿源林场近日出台护林新规,巡山员每天早晚各巡查一次,发现火情立即上报。")
_CUT = "“山上的每一棵树都是我们的宝贝!”巡山员周大海一边检查防"
_REST = "火带一边说,他已经在这片林子里守了二十年,林场场长又补充道,新规还写明了奖惩办法。"
_OTHER = ("福安县青石镇", "老街焕新 商户回流 烟火气重现", "作者:陈晓光",
          "青石镇老街改造工程于去年秋天启动,如今沿街商铺重新开张,不少外出经营的商户又回到了老街。")


def test_the_cut_quotation_goes_on_with_the_article_above():
    first, other = parse_page(page(*_FIRST, _CUT, *_OTHER, _REST))
    assert first.paragraphs[-1] == _CUT + _REST
    assert other.kicker == "福安县青石镇" and other.title == "老街焕新 商户回流 烟火气重现"
    assert other.authors == ["陈晓光"]

