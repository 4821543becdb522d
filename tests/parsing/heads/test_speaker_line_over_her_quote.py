"""A line naming a post and a person and ending in a colon (`某某社区网格员张三:`), printed alone over her saying quoted
whole, is the article's text introducing the quote, not the headline of an item of its own (under a head of the
article printed on two lines, not that head's title). Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_LEAD = "“盼了三年的便民菜场,总算在小区门口开张了。”日前,柳塘街道南湾社区的居民老王笑着说。"
_MORE = "一座小小的菜场,为何要盼上三年?社区干部们又是怎样一家一家跑下来,把它办成的?"
_QUOTE = "“居民的菜篮子就是我们的大事;只要大家需要,路再远、事再难,也要想办法把它办成。”"
_AFTER = "“走两步就能买到新鲜菜!”5月8日清早,在南湾社区的菜场门口,一位老人提着篮子说。"


def test_a_post_and_a_name_ending_in_a_colon_over_her_quote_is_text():
    head = "关键词 菜篮子\n“盼”来的便民菜场"
    (article,) = parse_page(page("社区盼来一座便民菜场", "□ 本报记者 王小明", _LEAD, _MORE, head,
                                 "柳塘区南湾社区网格员陈小燕:", _QUOTE, _AFTER))
    assert article.title == "社区盼来一座便民菜场"
    assert "网格员陈小燕:" in article.body and article.body.endswith("提着篮子说。")


def test_a_label_with_a_colon_over_a_quote_names_no_one():
    text = page("社区盼来一座便民菜场", "□ 本报记者 王小明", _LEAD, _MORE, "产业赋能:", _QUOTE, _AFTER)
    (article,) = parse_page(text)
    assert article.sections == ["产业赋能:"]
