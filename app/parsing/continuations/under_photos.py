"""Headless text under a titled photo that goes on with the article printed above the photo."""

from ..scripts import differs_in_script, printed_in_other_script


def article_over_photo(drafts: list, at: int):
    """Text with no headline, byline or dateline right under a titled photo, printed in the script of the article
    right above the photo, not the photo's, when that article is still open (no credit has ended it): the article
    goes on below the picture set between two of its paragraphs; a new item would open with a headline, and the
    photo's caption, closed by its credit, is printed in the photo's own script. Returns that article, or None."""
    if at < 2:
        return None
    host, photo, before = drafts[at], drafts[at - 1], drafts[at - 2]
    if (host.headline or host.dateline or host.photo or not host.has_text or not photo.photo or not photo.headline
            or not before.headline or before.photo or not before.has_text or before.closed):
        return None
    first, caption = host.paragraphs[0], (photo.paragraphs or photo.headline)[0]
    return before if printed_in_other_script(first, caption) and not differs_in_script(first, before) else None
