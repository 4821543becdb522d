"""A photo's caption printed on one line without a credit between a headline and its body
(`某某村:…` / `果园一角` / text, or kicker / title / `大家一起…` / `本报讯…`) is read at first as the group's
last line, the subtitle. Its words say what a picture shows, not what the article is about, so it
is cut out as a photo of its own and the headline keeps the lines above it."""

from .assemble import Draft, Paragraph
from .shapes import describes_a_picture

_NEXT_LINE_BUT_ONE = 2  # the body's first line, at most one blank line under the caption


def cut_out_captions(drafts: list[Draft]) -> list[Draft]:
    """The drafts, each caption found under a headline following its article as a photo."""
    cut: list[Draft] = []
    for draft in drafts:
        cut.append(draft)
        if _caption_under_headline(draft):
            unit = draft.headline.pop()
            span = (unit.first, unit.last)
            draft.spans = [s for s in draft.spans if s != span]
            caption = Paragraph(unit.printed, unit.folded, spans=[span])
            cut.append(Draft(paragraphs=[caption], spans=[span], closed=True, photo=True))
    return cut


def _caption_under_headline(draft: Draft) -> bool:
    """The last of two headline lines or more, right over the body's first line, worded as a caption."""
    if draft.photo or len(draft.headline) < 2 or draft.subtitle_sentence is not None or not draft.paragraphs:
        return False
    unit, lead = draft.headline[-1], draft.paragraphs[0]
    return (not lead.section and lead.spans[0][0] - unit.last <= _NEXT_LINE_BUT_ONE
            and (unit.first, unit.last) in draft.spans and describes_a_picture(unit.folded))
