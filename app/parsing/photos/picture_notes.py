"""A site's bracketed note of the picture it printed between a headline and its text (`(图为…现场)`).
The line right above such a note is that text's headline, even one ending in a quoted word that
reads at first as the last line of a paragraph (`某某村:晚稻开镰,唱响“丰收曲”`): a picture stands
under a title, not inside a sentence, and the line holds no sentence ended by a full stop."""

import re

from ..kinds import Kind
from ..lines import MAX_HEADLINE_CHARS, Item, printed_len
from ..shapes import PICTURE_NOTE

_NOTE_LINE = re.compile(rf"^\s*{PICTURE_NOTE}\s*$")
_SENTENCE_STOP = re.compile(r"[。!?;]")


def titles_over_picture_notes(items: list[Item]) -> None:
    """Make the line over each picture note, with text right under the note, a headline."""
    for i in range(1, len(items) - 1):
        above, note, below = items[i - 1], items[i], items[i + 1]
        if (note.kind is Kind.HEADLINE and note.gap_before < 2 and _NOTE_LINE.match(note.folded)
                and above.kind is Kind.PARAGRAPH and printed_len(above.folded) <= MAX_HEADLINE_CHARS
                and not _SENTENCE_STOP.search(above.folded)
                and below.kind in (Kind.PARAGRAPH, Kind.DATELINE) and below.gap_before < 2):
            above.kind, above.parts = Kind.HEADLINE, [above.printed]
