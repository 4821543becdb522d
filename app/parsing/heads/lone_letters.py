"""Every line of the page apart, an article interrupted inside a sentence may leave a single letter on a line of its
own, where the column wrapped the last letter before the cut (`…如今顶多三千块!”` / `张` / the next headline). Read
over the headline, the letter became its kicker; but no kicker, title or subtitle is one letter. It is the end of the
text printed above, broken off there (its rest, lower on the page, opens inside the word it began), and the headline
starts with the line under it."""

from ..drafts import Draft


def return_lone_letters(drafts: list[Draft]) -> None:
    """A headline group's one-letter first line goes back to the end of the text printed right above it."""
    for above, draft in zip(drafts, drafts[1:]):
        if len(draft.headline) < 2 or not _one_letter(draft.headline[0].folded):
            continue  # (most headlines)
        if above.photo or not above.paragraphs or above.paragraphs[-1].section:
            continue
        unit = draft.headline.pop(0)
        span = (unit.first, unit.last)
        last = above.paragraphs[-1]
        last.printed += unit.printed.strip()
        last.folded += unit.folded.strip()
        last.spans.append(span)
        draft.spans = [s for s in draft.spans if s != span]
        above.spans.append(span)


def _one_letter(folded: str) -> bool:
    letter = folded.strip()
    return len(letter) == 1 and "\u3400" <= letter <= "\u9fff"
