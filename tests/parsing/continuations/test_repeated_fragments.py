"""A paragraph printed again elsewhere on the page (inside a longer one, or the same text twice) is the repeat."""

from app.parsing.kinds import Kind
from app.parsing.lines import Item
from app.parsing.continuations.repeats import mark_duplicates


def paragraph(line: int, text: str) -> Item:
    return Item(Kind.PARAGRAPH, line, line, text, text)


def test_a_paragraph_found_inside_a_longer_one_or_printed_twice_is_the_repeat() -> None:
    short = "溪口村的茶农今年春天采下了第一批明前茶叶"
    longer = "清明前后，" + short + "，价格比去年高出两成。"
    once = "镇上的图书室新添了两千册图书，周末开放到晚上八点钟。"
    items = [paragraph(1, longer), paragraph(3, once), paragraph(5, short), paragraph(7, once)]
    assert mark_duplicates(items) == [items[2], items[3]]
    assert [item.duplicate for item in items] == [False, False, True, True]


def test_a_paragraph_printed_once_is_no_repeat_whatever_it_repeats_within_itself() -> None:
    twice_within = "茶园茶园茶园茶园茶园茶园茶园茶园茶园茶园"
    items = [paragraph(1, twice_within), paragraph(3, "茶园茶园茶园茶园茶园茶园茶园茶园茶园茶园茶园茶园")]
    assert mark_duplicates(items) == [items[0]]  # (inside the longer one: a repeat of it)
    assert mark_duplicates([paragraph(1, twice_within)]) == []
