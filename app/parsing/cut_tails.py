"""Every line apart, the short line after a line cut at the column's width: the tail of that paragraph or a
headline? A headline's text opens a sentence of its own; a tail's sentence goes on in the line below when the
builder of the page broke the paragraph there (`…宣传思想文` / `化工作,对某某镇新时代文明` / `实践所进行了考察…`).
What tells a reader is the word the break cut in two: the tail's last characters and the next line's first ones
make a word the text prints again (`文明实践`, printed whole in the paragraphs around), and no headline ends
inside a word its text goes on."""

from .kinds import Kind
from .similarity import compact

JUNCTION_CHARS = 2  # characters taken on each side of the break: four together are a word, seldom chance
NEARBY_ITEMS = 20  # how far up and down the page the word is looked for


def runs_on_below(items: list, i: int) -> bool:
    """Item i's last characters and the first ones of the text line right under it make a word printed again
    elsewhere nearby: the line's sentence goes on below, so it is no headline."""
    below = items[i + 1] if i + 1 < len(items) else None
    if below is None or below.kind is not Kind.PARAGRAPH or below.gap_before > 1:
        return False
    tail, head = compact(items[i].folded)[-JUNCTION_CHARS:], compact(below.folded)[:JUNCTION_CHARS]
    if len(tail) < JUNCTION_CHARS or len(head) < JUNCTION_CHARS or not (tail + head).isalpha():
        return False
    around = items[max(0, i - NEARBY_ITEMS):i] + items[i + 2:i + 2 + NEARBY_ITEMS]
    return any(tail + head in compact(item.folded) for item in around)
