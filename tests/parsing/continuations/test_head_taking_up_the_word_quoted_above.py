"""A head opening with the word an article's last paragraph ended on in quotes (`…拥有大片林地的“林主”。`, then
`林主已出现`) heads that article's next part: the article led into the part with that word, whatever new village the
text under the head names. So it does after an item that cut in and closed with its credit line: the head and its
text are the rest of the article that ended on the word, not an item of their own. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_ABOVE = ("这是青石县最北边的山区,满山的松林看不到边。",
          "山里人日子过得好,说到底,靠的是不少拥有大片林地的“林主”。")
_PART = ("林业站站长刘强说,林主已经在山里出现了。", "白岭乡松坪村的赵大山一家,承包了两千亩山林,一年收入几十万元。")
_BETWEEN = ("初冬时节,河谷里的葡萄园开始采收,工人们从早忙到晚。县台报道", "记者:周明 钱芳")


def test_head_taking_up_the_word_heads_the_next_part():
    (article,) = parse_page(page("山里的“林主”", *_ABOVE, "林主已出现", *_PART))
    assert article.sections == ["林主已出现"]
    assert article.body.endswith("一年收入几十万元。")


def test_head_taking_up_the_word_after_an_item_closed_by_its_credit():
    first, between = parse_page(page("山里的“林主”", *_ABOVE, "葡萄园迎来采收", *_BETWEEN, "林主已出现", *_PART))
    assert first.sections == ["林主已出现"]
    assert first.body.endswith("一年收入几十万元。")
    assert between.title == "葡萄园迎来采收"
    assert between.authors == ["周明", "钱芳"]
