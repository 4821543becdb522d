"""A dated feature (`某某网…电 …`) headed in a part by one phrase of twelve letters that picks up a word of its headline
(`…柳湾乡村新面貌` over `新产业新业态带旺乡村集市`): the head is the feature's section, not the title of a new article;
the short headline after it, over text that goes to a town the feature never named, titles the next item.
Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.heads.long_dated_heads import heads_a_long_dated_part


def test_a_long_one_phrase_head_shares_a_word_of_the_headline():
    assert heads_a_long_dated_part("新产业新业态带旺乡村集市", "春到田间 柳湾乡村新面貌")
    assert not heads_a_long_dated_part("新产业新业态带旺山货集市", "春到田间 柳湾乡村新面貌")  # (about its own)
    assert not heads_a_long_dated_part("新产业,新业态带旺乡村", "春到田间 柳湾乡村新面貌")  # (two phrases)


def _page() -> str:
    return "\n\n" + "\n\n".join([
        "春到田间 柳湾乡村新面貌",
        "新华网柳湾3月5日电 初春时节,柳湾县青松村的大棚里,一垄垄菜苗正在抽芽。",
        "村里的广场上,老人们晒着太阳聊家常,说起这几年的变化,个个笑得合不拢嘴。",
        "新产业新业态带旺乡村集市",
        "最近,家住县城东街的老宋乐开了花。他家的农家乐开春以来接待了上千名游客。",
        "老宋说,今年还要再添几间客房,让来玩的城里人住得下、留得住。",
        "竹溪水畔换新装",
        "从县城出发,沿着省道一路向东,便来到了白沙镇,一个被称为“竹编之乡”的地方。",
        "镇上的老街刚刚修缮一新,青石板路两旁,竹编小店一家挨着一家。",
    ]) + "\n"


def test_the_long_head_is_a_section_and_the_next_headline_a_title():
    feature, item = parse_page(_page())
    assert feature.title == "春到田间 柳湾乡村新面貌" and feature.sections == ["新产业新业态带旺乡村集市"]
    assert feature.body.endswith("留得住。")
    assert item.title == "竹溪水畔换新装" and item.body.startswith("从县城出发")
