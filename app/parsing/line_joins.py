"""Lines of one piece of text the column cut, put back together (kept apart from `lines` so that the rules
`lines` runs can join lines too)."""

from .kinds import Kind


def join_lines(items: list, k: int, i: int) -> int:
    """Items k..i made one paragraph, the lines of one piece of text the column cut -> how many items fewer."""
    first = items[k]
    first.printed = "".join(item.printed for item in items[k:i + 1])
    first.folded = "".join(item.folded for item in items[k:i + 1])
    first.kind, first.parts, first.weak = Kind.PARAGRAPH, [], False
    first.last, first.cut = items[i].last, False
    del items[k + 1:i + 1]
    return i - k
