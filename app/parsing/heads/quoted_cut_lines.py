"""A line that opens with someone's words quoted whole, closed by `!` or `?` (`“这片林子就是我们的宝!”`), and runs
on with more words and no end (`…!”巡山员老周一边检查一边`), printed under the text of an article and over a headline
group that has its kicker already (a bare place's name, `某某县某某镇`, or another kicker's shape, over the title), is
the first piece of a sentence the column broke: text of the article above. A group has one kicker, and a kicker
does not quote a sentence and then run on past it."""

import re

from ..kinds import Kind
from .headlines import is_kicker

_QUOTED_THEN_RUNS_ON = re.compile(r"^\s*“[^“”]{4,}[!?]”[\u3400-\u9fff]{4,}[^。!?“”]*$")


def settle_quoted_cut_lines(items: list) -> None:
    """Items read as headlines that are such a line turned back into text (see module doc)."""
    for i in range(1, len(items) - 2):
        item = items[i]
        if (item.kind is Kind.HEADLINE and items[i - 1].kind is Kind.PARAGRAPH
                and items[i + 1].kind is Kind.HEADLINE and items[i + 2].kind is Kind.HEADLINE
                and _QUOTED_THEN_RUNS_ON.match(item.folded) and is_kicker(items[i + 1].folded)):
            item.kind, item.parts = Kind.PARAGRAPH, []
