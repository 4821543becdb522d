"""A headline, a picture's caption and its credit, then text opening with its dateline, every line apart: read line
by line they look like a titled photo (the headline over its caption) followed by text with no headline. But a
dateline opens an article's text, never a photo's: the headline is that article's title, and the caption, closed by
its credit, is the picture printed between the title and the text."""

from ..drafts import Draft, Paragraph


def give_titles_to_dated_text(drafts: list[Draft]) -> list[Draft]:
    """Move the headline over a photo's caption to the dated, headless text printed right under that photo."""
    for photo, text in zip(drafts, drafts[1:]):
        if (not photo.photo or len(photo.headline) < 2 or photo.paragraphs or text.headline or text.photo
                or not text.dateline or not text.has_text):
            continue
        *title, caption = photo.headline
        text.headline, photo.headline = title, []
        photo.paragraphs.append(Paragraph(caption.printed, caption.folded, spans=[(caption.first, caption.last)]))
        for unit in title:
            if (unit.first, unit.last) in photo.spans:
                photo.spans.remove((unit.first, unit.last))
            text.spans.append((unit.first, unit.last))
    return drafts
