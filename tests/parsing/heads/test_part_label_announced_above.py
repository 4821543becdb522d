"""A head on two lines, a step's label over its phrase (`问需求` / `让老人吃得“舒心”`), between paragraphs of a
dated article whose text right above listed that step (`…问需求、解难题、办实事…`): the head heads that part of the
article, in any layout, not a new item. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.heads.heads_apart import label_announced_above
from app.parsing.lines import Item, Kind
from tests.helpers import page


def _head(text: str) -> Item:
    return Item(Kind.HEADLINE, 1, 2, text, text, 1)


def test_the_label_is_announced_next_to_a_list_mark():
    above = "近年来,青石街道从助餐入手,问需求、解难题、办实事,让老人吃得舒心。"
    assert label_announced_above(_head("问需求 让老人吃得“舒心”"), above)
    assert not label_announced_above(_head("办食堂 让老人吃得“舒心”"), above)
    assert not label_announced_above(_head("问需求让老人吃得舒心"), above)


def test_the_head_stays_in_the_dated_article():
    articles = parse_page(page(
        "白沙县青石街道:老人家门口吃上热乎饭",
        "柳湾网讯(记者 林小禾 通讯员 王青)近日,笔者来到白沙县青石街道,这里的社区食堂让老人吃上了热乎饭。",
        "“助餐是养老服务的实事。”街道负责人表示,近年来,街道从助餐入手,问需求、解难题、办实事,让老人吃得舒心。",
        "问需求", "让老人吃得“舒心”",
        "中午时分,社区食堂里饭菜飘香,十多个菜品依次排开,老人们排队打饭。",
        "八十岁的周大爷说:“一个人在家不想做饭,就到食堂来吃,方便又实惠。”"))
    assert len(articles) == 1
    assert articles[0].sections and articles[0].sections[0].replace(" ", "") == "问需求让老人吃得“舒心”"
    assert articles[0].body.endswith("方便又实惠。”")
