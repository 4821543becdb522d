"""Where the text goes on under a photo credit printed right under an article's lead.

A credit (`… 摄`) under a headline's one paragraph asks whether that paragraph is a caption or the article's
lead with its picture in it; the reader looks at the text under the credit. That text may open under a label
(`编者按`), or under a section head that leads into it: a line ending in `——` (`共建共享,共同富裕——`) right over a
paragraph heads the part of the text below it — a kicker leads into a title, never straight into text. The
text to weigh is then the paragraph under that head."""

from ..kinds import Kind
from ..shapes import KICKER_END, labels_the_text_below


def text_below_credit(items: list, i: int) -> int:
    """The index of the item where the text under the photo credit at i begins."""
    j = i + 1
    if j + 1 < len(items) and (labels_the_text_below(items[j].folded) or leads_into_text(items, j)):
        return j + 1
    return j


def leads_into_text(items: list, j: int) -> bool:
    """A headline line ending in `——` printed right over a paragraph: a section head leading into its text."""
    head, below = items[j], items[j + 1] if j + 1 < len(items) else None
    return (head.kind is Kind.HEADLINE and below is not None and below.kind is Kind.PARAGRAPH
            and below.gap_before < 2 and KICKER_END.search(head.folded.rstrip()) is not None
            and head.folded.rstrip()[-1:] in "—-")
