"""A short article's next part may open with a head that opens with the word the article's headline opens with, its
subject (`驻村某某村` over the reporters' stay, then `驻村之苦` over its first days): read alone, the head is a short
headline over plain text, a piece of its own. But a piece's headline does not open with the word the article printed
right above it opens with and goes on about; a head of the article's own part does. The head joins the article as a
section head, its text with it, when that text names the word again, the article's text names it more than once,
and the head stands alone: one short line over text with no credit, dateline, photo or heads of its own."""

from ..continuations.headed_rests import SUBJECT_CHARS, headline_subject
from ..continuations.parts_under_rests import bare_part, join_part
from ..drafts import Draft, Paragraph
from ..similarity import compact

HEAD_CHARS = 8  # a part's head is short
NAMED_AGAIN = 2  # times the article's text names the word


def join_heads_of_the_subject(drafts: list[Draft]) -> list[Draft]:
    """The drafts, each part headed by its article's subject joined to the article printed right above it."""
    joined: list[Draft] = []
    for above, draft in zip(drafts, drafts[1:]):
        if any(above is j for j in joined) or not _bare_short_part(draft) or not _article(above):
            continue
        word = headline_subject(above.heading())
        head = draft.headline[0]
        if (len(word) == SUBJECT_CHARS and word.isalpha() and compact(head.folded).startswith(word)
                and word in draft.paragraphs[0].folded and above.body_text().count(word) >= NAMED_AGAIN):
            section = Paragraph(head.printed.strip(), head.folded.strip(), True, [(head.first, head.last)])
            join_part(above, draft, section)
            joined.append(draft)
    return [d for d in drafts if not any(d is j for j in joined)]


def _bare_short_part(draft: Draft) -> bool:
    return bare_part(draft) and len(compact(draft.headline[0].folded)) <= HEAD_CHARS


def _article(draft: Draft) -> bool:
    return not draft.photo and not draft.closed and bool(draft.headline) and draft.has_text
