"""A titled photo whose caption has no full stop, every line of the page apart
(`某村的晒谷场` / `村民在晒谷场上翻晒稻谷` / `摄影 张三`): with no stop to end it, the caption reads as one more
line of the headline group above the credit (a kicker over a title, or a title over a subtitle), and the photo
is left with a title and no caption. A photo's caption is the line right over its credit, never a line of its
title: the group's last line is the caption, the line above it the title."""

from ..drafts import Draft, Paragraph

_TITLE_AND_CAPTION = 2  # the headline group's lines: a title, then the caption


def give_captions_to_titled_photos(drafts: list[Draft]) -> None:
    """Each photo made of a two-line headline group and its credit alone takes the group's last line as its caption."""
    for draft in drafts:
        if (draft.photo and not draft.paragraphs and len(draft.headline) == _TITLE_AND_CAPTION
                and draft.subtitle_sentence is None and (draft.authors or draft.credits)):
            unit = draft.headline.pop()
            draft.paragraphs = [Paragraph(unit.printed.strip(), unit.folded.strip(), spans=[(unit.first, unit.last)])]
