"""An article cut off inside a quotation (`…以“合作社+农`) by another item about the same subject, its rest printed
after that item opening with the quoted word's last letter and the closing mark (`户”模式…`): the rest is the
paragraph that finishes the quoted word, not the other item's next paragraphs, whatever words they share. Every
snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_FIRST = ("入秋以来,青石县各村的驻村工作队忙着帮村民找销路,村里的山货一车车运出了大山。",
          "柳湾村的工作队立足山区实际,着力发展特色种植,先以“支部+合作社+农")
_OTHER = ("石门村的驻村工作队今年换了新队长,队员们挨家挨户走访,把村民的难处记在本子上。",
          "工作队帮村里修了两座便桥,又请来农技员教村民种香菇,每户每年能多挣好几千元。",
          "队长说,工作队进村就是要和村民想在一处,干在一处。")
_REST = "户”模式种下了三百亩猕猴桃,又建起了冷库,今年每户分红两千多元。"


def test_rest_finishing_the_quoted_word_goes_back():
    text = page("山货出山 村民增收", *_FIRST, "石门村来了新队长", *_OTHER, _REST)
    first, other = parse_page(text)
    assert first.body.endswith("每户分红两千多元。")
    assert "“支部+合作社+农户”模式" in first.body
    assert other.body.endswith("干在一处。")
    assert "挨家挨户走访" in other.body
