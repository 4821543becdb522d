"""The kinds of a page's pieces: told apart by identity, and looked up as plain class attributes."""

from enum import EnumMeta

from app.parsing.kinds import Kind
from app.parsing.lines import Item, read_items


def test_kinds_are_distinct_and_plain_attributes():
    kinds = [value for name, value in vars(Kind).items() if name.isupper()]
    assert len(kinds) == len(set(kinds)) == 8
    # (an Enum's members are looked up through its metaclass's `__getattr__` hook on Python 3.11)
    assert not isinstance(Kind, EnumMeta) and type(Kind) is type


def test_read_items_gives_kinds_compared_by_identity():
    items, *_ = read_items("青苔小径焕新颜\n\n本报讯 近日，青苔村修好了通往后山的小径，村民出行更方便了。\n")
    assert [item.kind for item in items] == [Kind.HEADLINE, Kind.DATELINE]
    assert items[0].kind is Kind.HEADLINE and isinstance(items[0], Item)
