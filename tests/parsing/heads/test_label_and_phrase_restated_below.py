"""A head of a label, its colon and a phrase (`起步:从一张方桌到一支队伍`) printed between paragraphs of an
uncredited article, over text that opens by restating the phrase, heads that part of the article; a place's name
before the colon still titles an item of its own. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_L1 = "在柳塘镇,村民有了纠纷,头一个想到的不是法庭,而是村口那间小小的调解室,门上的漆已经掉了大半。"
_L2 = "这间调解室开了八年,前后换过三任主任,进门来说理的村民,数也数不清,没有谁是红着脸走的。"
_L3 = "从一张方桌到一支九人的调解队伍,柳塘镇的调解室走了整整八年,队员大多是退休的老教师和老会计。"
_L4 = "起初,调解室只有老周一个人守着,后来镇上又请来两位热心的老党员,三个人轮流值班,风雨无阻。"


def test_a_label_and_the_phrase_the_text_restates_heads_a_part():
    (article,) = parse_page(page("调解室里的老面孔", _L1, _L2, "起步:从一张方桌到一支队伍", _L3, _L4))
    assert article.sections == ["起步:从一张方桌到一支队伍"]
    assert article.body.endswith("风雨无阻。")


def test_a_place_before_the_colon_still_titles_an_item():
    lead = "村村建起调解室,白沙镇今年化解矛盾纠纷两百多件,没有一件闹到镇外。"
    articles = parse_page(page("调解室里的老面孔", _L1, _L2, "白沙镇:村村建起调解室", lead, _L4))
    assert [a.title for a in articles] == ["调解室里的老面孔", "白沙镇:村村建起调解室"]
