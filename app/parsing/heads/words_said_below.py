"""A head that is words a speaker says in the text right under it, printed bare (`日子越过越有奔头`, no quotation
marks, over `…他笑着说:“…,日子越过越有奔头!…”`): a feature picks a line its people say to head their part. An
item's headline quoting someone prints the quotation marks (`“日子越过越有奔头”`); a bare line the text under it then
puts whole into a speaker's mouth heads the running article's part, not a new item."""

import re

_BARE_HEAD = re.compile(r"^[\u3400-\u9fff]{6,16}$")  # (words alone: no quotation marks, no punctuation)
_QUOTATION = re.compile(r"“([^“”]+)")


def said_below(head: str, opening: str) -> bool:
    """Is the bare `head` printed whole inside a quotation of the text under it (`opening`)?"""
    head = head.strip()
    return _BARE_HEAD.match(head) is not None and any(head in m.group(1) for m in _QUOTATION.finditer(opening))
