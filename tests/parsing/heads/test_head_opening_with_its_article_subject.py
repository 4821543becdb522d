"""A short article's next part may open with a head that opens with the word the article's headline opens with, its
subject (`驻村河湾村` ... `驻村之乐`), over text that names that word again: the head is the article's, not a new
headline over a piece of its own. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_ARTICLE = ("驻村河湾村", "文/图 记者 周明 吴清",
            "开春以后,报社安排记者轮流到河湾村驻村一周,体会村里的生活。以往采访来去匆匆,这样长时间驻村的机会"
            "并不多。3月2日,我们背上行囊来到了河湾村。")
_PART = ("驻村之乐", "到村里的第一天,正赶上村里的庙会,锣鼓喧天,热闹非凡,驻村之乐由此开始。")


def test_head_opening_with_the_subject_joins_its_article():
    (article,) = parse_page(page(*_ARTICLE, *_PART))
    assert (article.title, article.authors) == ("驻村河湾村", ["周明", "吴清"])
    assert article.sections == ["驻村之乐"]
    assert article.body.endswith("驻村之乐由此开始。")


def test_headline_with_a_credit_of_its_own_stays_an_article():
    # a piece of its own, credited, though its headline opens with the same word
    first, second = parse_page(page(*_ARTICLE, "驻村之乐", "□ 郑立", _PART[1]))
    assert first.body.endswith("我们背上行囊来到了河湾村。")
    assert (second.title, second.authors) == ("驻村之乐", ["郑立"])
