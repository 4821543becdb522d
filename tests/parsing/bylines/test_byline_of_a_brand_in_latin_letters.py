"""An app's or site's brand ending in Latin letters glued to the role (`某某新闻Knews记者  宋雨  白桦`) opens a byline
as a paper's name does: the names are those after the role. With the byline read, the exclamation over it after
another article's finished text is that article's next headline when it names what the text under the byline is
about and the article above never did. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_ABOVE = ("白沙镇老人吃上热乎饭", "白沙镇合中村的送餐员每天下午四点准时出发,把饭菜送到独居老人家中。")
_EXCLAIMS = ("互助养老不止城里有,柳湾乡下也有!", "晨光新闻Knews记者  宋雨  白桦",
             "田地里冒出了嫩芽,老人们三五成群晒太阳、唠家常。这是柳湾县青石镇堰头村“幸福老人村”的日常。")


def test_a_brand_before_the_role_is_no_name():
    (article,) = parse_page(page("幸福老人村开张", "晨光新闻Knews记者  宋雨  白桦", _EXCLAIMS[2]))
    assert article.authors == ["宋雨", "白桦"] and article.body.startswith("田地里")


def test_an_exclamation_over_its_byline_titles_the_text_below():
    articles = parse_page(page(*_ABOVE, *_EXCLAIMS))
    assert [a.title for a in articles] == ["白沙镇老人吃上热乎饭", "互助养老不止城里有,柳湾乡下也有!"]
    assert articles[0].authors == [] and articles[1].authors == ["宋雨", "白桦"]


def test_a_last_sentence_about_the_text_above_stays_its_end():
    (article, rest) = parse_page(page(*_ABOVE, "老人们都说,合中村的饭菜真香!", "晨光新闻Knews记者  宋雨  白桦",
                                      "合中村的送餐员说,送完饭还要去看看几位生病的老人。"))
    assert article.body.endswith("饭菜真香!") and article.authors == ["宋雨", "白桦"]
