"""A short line of a label, a colon and one question or exclamation (`青山白石:柳湾村缘何叫“柳湾”?`) printed right
after a sentence the column broke is the next item's headline, not the broken sentence's end: a label naming the
subject and a question asked of it are a headline's shape, and a sentence going on after a break does not open on a
label and its colon. The broken sentence goes on where its article resumes. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_BROKEN = "青石村是柳湾县推行村民小组自治的一个缩影。2019年,青石村所在的白沙镇被省里确定为农"
_REST = "村改革的试点镇,村民小组成了村民议事的平台。"
_ITEM = (
    "青山白石:柳湾村缘何叫“柳湾”?",
    "弯弯的小河绕村而过,岸边的垂柳一棵挨着一棵,周末开车来钓鱼的城里人一年比一年多。",
    "老人们说,先有柳后有村,柳湾村人守着这条河,也守住了日子越过越好的盼头。",
)


def test_label_and_question_titles_the_text_below():
    lead = "进入冬季,青石村的田里没了农活,村民们在村口晒着太阳拉家常。"
    articles = parse_page(page("青石村的村民小组", lead, _BROKEN, *_ITEM, _REST,
                               "下一步,白沙镇将把青石村的做法推广到全镇十二个村。"))
    first, item = articles
    assert first.title == "青石村的村民小组"
    assert "被省里确定为农村改革的试点镇" in first.body.replace("\n", "")
    assert "柳湾村" not in first.body
    assert item.title == "青山白石:柳湾村缘何叫“柳湾”?"
    assert item.body.endswith("日子越过越好的盼头。")


def test_quoted_question_after_a_broken_sentence_goes_on_with_it():
    said = "说:“这路修好了,村里人心也齐了!”"
    (article,) = parse_page(page("青石村的村民小组", "进入冬季,青石村的田里没了农活,老支书",
                                 said, "村民们在村口晒着太阳拉家常。"))
    assert "老支书说:“这路修好了" in article.body.replace("\n", "")
