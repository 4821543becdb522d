"""A comma line right after a sentence the column broke (`山村,不只是远方` after `…带动全村`) may be the broken
sentence's end or the title of the next item. When it leaves its own sentence open (no stop closes it) and stands
right over a plain headline line with text under that (`某地山村采访手记`, then the text), it is a title over its
subtitle: the end of a broken sentence that ran on would be taken up by text, never by a headline of its own, and
the broken sentence goes on where its article resumes."""

from ..kinds import Kind

_TEXT = (Kind.PARAGRAPH, Kind.DATELINE, Kind.BYLINE)


def titles_its_subtitle(items: list, i: int) -> bool:
    """Is the weak line at i, after a broken sentence and unfinished itself, right over one plain headline line that
    stands right over text?"""
    before = items[i - 1] if i > 0 else None
    if before is None or before.kind is not Kind.PARAGRAPH or before.finished:
        return False
    nxt = items[i + 1] if i + 1 < len(items) else None
    text = items[i + 2] if i + 2 < len(items) else None
    return (not items[i].finished and nxt is not None and nxt.kind is Kind.HEADLINE and not nxt.weak
            and nxt.gap_before < 2 and len(nxt.parts) == 1 and text is not None and text.kind in _TEXT
            and text.gap_before < 2)
