"""Every line of the page apart, an article interrupted inside a sentence may leave a single letter on a line of its
own, where the column wrapped the last letter before the cut (`…如今顶多三千块!”` / `张` / next headline): no
kicker, title or subtitle is one letter. The letter is the end of the text above, broken off there, and the headline
under it starts with the line below it. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import column_page

_ABOVE = [["河湾村的柑橘熟了"],
          ["河湾村的柑橘园里,果农们正忙着采摘。"],
          ["“早几年一亩园子得花七八千块,如今顶多"], ["三千块!”"], ["吴"]]
_BELOW = [["东坡村的茶园"], ["东坡村的茶园里,茶农们正忙着采摘春茶。"], ["今年的春茶长势好,价格也比去年高。"],
          ["茶农们说,明年还要再扩种一百亩。"]]

def test_lone_letter_ends_the_broken_text_above():
    above, below = parse_page(column_page(_ABOVE + _BELOW, apart=True))
    assert above.title == "河湾村的柑橘熟了"
    assert above.body.endswith("如今顶多三千块!”吴")
    assert (below.kicker, below.title) == (None, "东坡村的茶园")
    assert below.body.endswith("明年还要再扩种一百亩。")


def test_two_letters_over_the_headline_are_not_moved():
    # two letters may be a column's word over a title: only a lone letter is the text's broken end
    lines = _ABOVE[:-1] + [["吴立"]]
    above, below = parse_page(column_page(lines + _BELOW, apart=True))
    assert above.body.endswith("如今顶多三千块!”")
    assert below.title == "东坡村的茶园"
