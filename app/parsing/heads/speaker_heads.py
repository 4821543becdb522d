"""A head that names a speaker and then gives her words: a post and a name ending in `——`, the saying quoted whole on
the line under it (`某某村妇联主席张三——` / `“…”`), between paragraphs of a running feature whose text above names
that post (`…一位是村妇联主席,一位是村党总支书记…`). Such a feature introduces the people it quotes in its lead and
gives each her own part, headed by who she is and what she said; a news item's headline over a saying names its
speaker too, but nothing before it announced her post. Read as a headline, each part became an item of its own.

A line naming a post and a person and ending in a colon (`某某社区网格员张三:`), printed alone over a paragraph that is
her saying quoted whole, is the text's: it introduces the quote under it, as a sentence would; no headline ends in a
colon after a person's name."""

import re

from app.people.names import surname_length

from ..lines import Item, Kind

# `某某村妇联主席张三——` / `“…”`: who (a post and a name), the dash, then the words, quoted whole
_SPEAKER_HEAD = re.compile(r"^\s*([\u3400-\u9fff]{4,20})\s*——\s+“[^“”]{4,40}”\s*$")
POST_CHARS = 4  # a run of the post this long printed in the text above (`妇联主席`, `党总支书记`)
NAME_CHARS = 2  # the name ends the speaker's line: its last letters are no part of the post


def speaker_of_a_part(head: Item, above: str) -> bool:
    """Is `head` (one unit, its lines joined) a speaker's post and name over her quoted words, the post named above?"""
    m = _SPEAKER_HEAD.match(head.folded)
    if m is None or len(head.parts) != 2:
        return False
    who = m.group(1)[:-NAME_CHARS]
    return any(who[k:k + POST_CHARS] in above for k in range(len(who) - POST_CHARS + 1))


def speaker_lines_joined(units: list[Item], apart: bool = False) -> Item | None:
    """The speaker's line and the saying under it, read as two headline units with no blank line between (one where
    the page prints every line apart), joined into the one head they print; None when they are not of that form."""
    if len(units) != 2 or units[1].gap_before != int(apart) or any(len(u.parts) > 1 for u in units):
        return None
    first, second = units
    joined = Item(Kind.HEADLINE, first.first, second.last, f"{first.printed} {second.printed}",
                  f"{first.folded} {second.folded}", first.gap_before, parts=[first.printed, second.printed])
    return joined if _SPEAKER_HEAD.match(joined.folded) else None


# `某某社区网格员张三:`: a post ending in one of its words, then a name of two or three letters, then the colon
_SPEAKER_LINE = re.compile(r"^\s*[\u3400-\u9fff]{2,20}?(?:员|长|书记|主任|代表|委员|干部)([\u3400-\u9fff]{2,3}):\s*$")


def introduces_the_quote_below(line: Item, below: Item | None) -> bool:
    """Is `line` a post and a name ending in a colon, right over a paragraph that is a quotation whole?"""
    if below is None or below.kind is not Kind.PARAGRAPH or not line.folded.rstrip().endswith(":"):
        return False
    m = _SPEAKER_LINE.match(line.folded)
    quote = below.folded.strip()
    return (m is not None and surname_length(m.group(1), 0) > 0 and quote.startswith("“") and quote.endswith("”")
            and quote.count("“") == 1)
