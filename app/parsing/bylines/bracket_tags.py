"""A column's tag in square brackets read as a closing credit (`【乡村·新视角】`: two words joined by a middle dot look
like a transliterated name) is the tag of the headline under it when it closes no text: at the page's top, or under
a headline, there is nothing for a credit to close, and a tag in square brackets over a title is its kicker. So is a
tag in round brackets (`(乡村行·看振兴)`), as sites print a column's name before the title it heads: over a headline, at
the page's top or under another headline line, it closes no text, and a writer's credit stands over text, not over a
title."""

import re

from ..kinds import Kind

_SQUARE = re.compile(r"^\s*(?:【[^【】]{2,20}】|\([^()]{2,20}\))\s*$")  # (round brackets too)
_ROLES = ("记者", "通讯员", "实习生", "作者", "摄")  # (`【记者 张三】`: a credit in square brackets names its role)


def settle_bracket_tags(items: list) -> None:
    """Make a bracketed `END_BYLINE` line that closes no text, right over a headline, a headline line."""
    for i, item in enumerate(items[:-1]):
        before, below = (items[i - 1] if i else None), items[i + 1]
        if (item.kind is Kind.END_BYLINE and _SQUARE.match(item.folded) and not any(r in item.folded for r in _ROLES)
                and (before is None or before.kind is Kind.HEADLINE)
                and below.kind is Kind.HEADLINE and below.gap_before < 2):
            item.kind, item.parts, item.names = Kind.HEADLINE, [item.printed], []
