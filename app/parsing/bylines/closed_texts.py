"""Whether the text above a line is finished by its credit, so the line opens something new."""

from .closing_credits import trailing_byline
from ..kinds import Kind
from ..shapes import ends_with_attribution


def follows_closed_text(items: list, i: int) -> bool:
    """Item i comes right after text its credit closed: a credit line (`·张三·`), or a paragraph ending
    with its writers (`……。(张三 李四)`) or its source (`……。(据某某报)`). No sentence runs on past a
    credit, so a short exclamation there (`某某村获评示范村!`) titles the text below it."""
    if i == 0:
        return False
    above = items[i - 1]
    if above.kind is Kind.END_BYLINE:
        return True
    return above.kind is Kind.PARAGRAPH and (
        bool(trailing_byline(above.printed, above.folded)[2]) or ends_with_attribution(above.folded))
