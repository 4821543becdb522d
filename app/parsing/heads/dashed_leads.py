"""A paragraph of a running article may end on a dash leading into the head printed under it (`…让这座小城走向全国的,
当数它端出来的“金字招牌”——` over `高山茶叶撑起小城“致富梦”`). Read by its shape alone the line is a long kicker and
the head a new item's title. What tells the reader otherwise is what the line quotes: a word of the running article's
own headline or text (`“金字招牌”`), picked up in a sentence of its own (clauses, commas or a list's `、`), as a
paragraph goes on about its article; a kicker speaks of the item under it. The line is then that article's text, its
sentence ended by the dash, and the one head under it, over text, is the part the dash announces."""

import re

from ..drafts import Draft
from ..lines import Item, Kind

_DASHED = re.compile(r"(?:—{2}|-{2,})\s*$")  # `…的“金字招牌”——`
_CLAUSES = re.compile(r"[,、]")  # (a sentence of clauses or a list, not a kicker's phrase)
_QUOTED = re.compile(r"“([^“”]{2,8})”")


def take_the_announced_head(cur: Draft | None, items: list[Item], i: int) -> int | None:
    """The headline-shaped line at i is the running article `cur`'s paragraph leading into its part's head at i + 1:
    both taken into `cur`; the index after them, or None."""
    if (cur is None or cur.closed or cur.photo or not cur.headline or not cur.has_text or cur.ends_unfinished
            or i + 2 >= len(items)):
        return None
    line, head, text = items[i], items[i + 1], items[i + 2]
    folded = line.folded.strip()
    if (line.kind is not Kind.HEADLINE or line.gap_before >= 2 or not _DASHED.search(folded)
            or not _CLAUSES.search(folded) or head.kind is not Kind.HEADLINE or head.gap_before >= 2
            or text.kind is not Kind.PARAGRAPH or text.gap_before >= 2):
        return None
    told = cur.heading() + cur.body_text()
    if not any(f"“{word}”" in told for word in _QUOTED.findall(folded)):
        return None
    cur.add_text(line, line.printed, line.folded)
    cur.paragraphs[-1].ended = True  # (the sentence the dash leads on with: the head under it)
    cur.add_section(head)
    return i + 2
