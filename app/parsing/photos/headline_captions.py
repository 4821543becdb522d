"""A photo's caption printed on one line without a credit (or closed by its photographer's, `…(张三/摄)`)
between a headline and its body (`某某村:…` / `果园一角` / text, or kicker / title / `大家一起…` / `本报讯…`) is read at
first as the group's last line, the subtitle. Its words say what a picture shows, not what the article is about, so it
is cut out as a photo of its own and the headline keeps the lines above it. A caption with a supplied
credit (`…。` / `主办方供图`) between a headline and a dated text is read at first as that headline's only
text, the dated text left without one: the caption is a photo and the headline the dated text's. So is
a caption with a supplied credit in brackets (`…调研工作 (某某办供图)`) printed between a headline group's byline
and its body: read at first as the headline of that body, the group above left as a photo without caption.
A one-sentence line with a supplied credit run on in brackets (`…启动。(某某供图)`) right under a headline, over
the text, is a caption too: a lead names no picture's supplier. So is a line worded as a caption (`图为…。`,
`大家…`) that was read as the headline's closing sentence, or as the body's first line (a lone sentence or a
head) under the headline or its byline, with the text under it: a picture printed between headline and body."""

from app.text import fold

from ..drafts import Draft, Paragraph
from ..bylines.credits import credit_photographers
from .captions_over_headless_text import caption_over_headless_text
from .inline_credits import INLINE_CREDIT, remove_inline_credits
from ..lines import is_finished
from ..shapes import CAPTION_SENTENCE_CHARS, describes_a_picture, opens_caption, sentence_ends

_NEXT_LINE_BUT_ONE = 2  # the body's first line, at most one blank line under the caption


def cut_out_captions(drafts: list[Draft]) -> list[Draft]:
    """The drafts, each caption found under a headline following its article as a photo."""
    cut: list[Draft] = []
    for at, draft in enumerate(drafts):
        if at + 1 < len(drafts) and (_supplied_caption_over_dated_text(draft, drafts[at + 1])
                                     or _photo_over_bylined_text(draft, drafts[at + 1])
                                     or caption_over_headless_text(draft, drafts[at + 1])):
            _give_headline_to_dated_text(draft, drafts[at + 1])
        elif at + 1 < len(drafts) and _caption_under_byline(draft, drafts[at + 1]):
            _give_headline_to_text_below_caption(draft, drafts[at + 1])
        elif at + 1 < len(drafts) and _captioned_title_over_headless_text(draft, drafts[at + 1]):
            _give_title_to_text_below(draft, drafts[at + 1])
        if _supplied_caption_over_lead(draft):
            caption = draft.paragraphs.pop(0)
            draft.credits = [c for c in draft.credits if c not in caption.credits]
            cut.append(_photo_cut_from(draft, caption, credits=caption.credits))
        if _caption_opening_body(draft):
            caption = draft.paragraphs.pop(0)
            cut.append(_photo_cut_from(draft, Paragraph(caption.printed, caption.folded, spans=list(caption.spans))))
        cut.append(draft)
        if _caption_sentence_under_headline(draft):
            unit, draft.subtitle_sentence = draft.subtitle_sentence, None
            cut.append(_photo_cut_from(draft, Paragraph(unit.printed.strip(), unit.folded.strip(),
                                                        spans=[(unit.first, unit.last)])))
        if _caption_under_headline(draft):
            unit = draft.headline.pop()
            printed, folded, credits = remove_inline_credits(unit.printed, unit.folded)
            taken_by = [name for credit in credits for name in credit_photographers(credit) or []]
            caption = Paragraph(printed.strip(), folded.strip(), spans=[(unit.first, unit.last)])
            cut.append(_photo_cut_from(draft, caption, credits=credits, authors=taken_by))
    return cut


def _photo_cut_from(draft: Draft, caption: Paragraph, credits: list[str] | None = None,
                    authors: list[str] | None = None) -> Draft:
    """A photo of its own made of `caption`, its lines no longer the draft's."""
    draft.spans = [s for s in draft.spans if s not in caption.spans]
    return Draft(paragraphs=[caption], spans=list(caption.spans), closed=True, photo=True,
                 credits=credits or [], authors=authors or [])


def _caption_under_headline(draft: Draft) -> bool:
    """The last of two headline lines or more, right over the body's first line, worded as a caption."""
    if draft.photo or len(draft.headline) < 2 or draft.subtitle_sentence is not None or not draft.paragraphs:
        return False
    unit, lead = draft.headline[-1], draft.paragraphs[0]
    return (not lead.section and lead.spans[0][0] - unit.last <= _NEXT_LINE_BUT_ONE
            and (unit.first, unit.last) in draft.spans
            and (_worded_as_caption(unit.folded) or _ends_with_photographer(unit.folded)))


def _worded_as_caption(folded: str) -> bool:
    return describes_a_picture(folded) or opens_caption(folded)


def _caption_sentence_under_headline(draft: Draft) -> bool:
    """The headline's closing sentence, right over the body's first line, worded as a caption."""
    unit = draft.subtitle_sentence
    if draft.photo or unit is None or not draft.headline or not draft.has_text:
        return False
    lead = draft.paragraphs[0]
    return (not lead.section and lead.spans[0][0] - unit.last <= _NEXT_LINE_BUT_ONE and _worded_as_caption(unit.folded))


def _caption_opening_body(draft: Draft) -> bool:
    """The body's first paragraph, printed on one line and worded as what a picture shows (a lone sentence or read
    as a head), with text under it: a caption between the headline and the text, not the lead. (A lead opening
    `图为…` stays text: a page may print its picture's note as the text's first sentence.)"""
    if draft.photo or not draft.headline or len(draft.paragraphs) < 2 or not draft.paragraphs[1].spans:
        return False
    first = draft.paragraphs[0]
    return (len(first.spans) == 1 and first.spans[0][0] == first.spans[0][1] and not first.credits
            and len(first.folded) <= CAPTION_SENTENCE_CHARS and sentence_ends(first.folded) <= 1
            and describes_a_picture(first.folded.strip()) and (first.section or draft.paragraphs[1].section is False))


def _ends_with_photographer(folded: str) -> bool:
    """`收割现场(张三/摄)`: a line closed by its photographer's bracketed credit is a caption; a subtitle names no
    photographer."""
    credit = INLINE_CREDIT.search(folded)
    return credit is not None and credit.group(1).endswith("摄") and not folded[credit.end():].strip()


def _supplied_caption_over_dated_text(draft: Draft, below: Draft) -> bool:
    """A headline whose only text is one paragraph with a supplied credit, right over a dated text
    printed without a headline."""
    return (bool(draft.headline) and not draft.photo and not draft.dateline and len(draft.paragraphs) == 1
            and not draft.paragraphs[0].section and bool(draft.credits) and not draft.authors
            and not below.headline and below.dateline and below.has_text and not below.photo)


def _photo_over_bylined_text(draft: Draft, below: Draft) -> bool:
    """A headline whose only text is one caption closed by its photo credit, right over a text printed without a
    headline that opens with its byline (`新华社记者…` over the text): a byline stands under a headline, and a headless
    text has none of its own; the picture was printed between the headline and the byline."""
    return (bool(draft.headline) and draft.photo and len(draft.paragraphs) == 1 and not draft.dateline
            and not below.headline and below.has_text and not below.photo and bool(below.authors)
            and bool(below.spans) and below.spans[0][0] < below.paragraphs[0].spans[0][0])


def _give_headline_to_dated_text(draft: Draft, below: Draft) -> None:
    """The headline (and its spans) to the dated text below; the draft left as the captioned photo."""
    heading = {(u.first, u.last) for u in draft.headline}
    below.headline, draft.headline = draft.headline, []
    below.subtitle_sentence, draft.subtitle_sentence = draft.subtitle_sentence, None
    below.spans = [s for s in draft.spans if s in heading] + below.spans
    draft.spans = [s for s in draft.spans if s not in heading]
    draft.photo = draft.closed = True


def _caption_under_byline(draft: Draft, below: Draft) -> bool:
    """A headline group with its byline and no text, right over a one-line headline carrying a supplied
    credit in brackets over text that names no writer."""
    return (bool(draft.headline) and not draft.has_text and not draft.photo and bool(draft.authors)
            and len(below.headline) == 1 and
            (INLINE_CREDIT.search(below.headline[0].folded) is not None or _credit_right_under(below))
            and below.has_text and not below.authors and not below.photo and not below.dateline)


def _give_headline_to_text_below_caption(draft: Draft, below: Draft) -> None:
    """The group's headline, byline and spans to the text below; the draft left as the captioned photo."""
    unit = below.headline.pop()
    span = (unit.first, unit.last)
    printed, folded, credits = remove_inline_credits(unit.printed, unit.folded)
    if _credit_right_under(below):  # (the credit on a line of its own under the caption: the wrap parted them)
        credits, below.credits = below.credits, []
        span = (unit.first, unit.last + 1)
    below.headline, draft.headline = draft.headline, []
    below.subtitle_sentence, draft.subtitle_sentence = draft.subtitle_sentence, None
    below.authors, draft.authors = [*draft.authors, *below.authors], []
    below.spans = [*draft.spans, *(s for s in below.spans if not span[0] <= s[0] <= span[1])]
    draft.paragraphs, draft.credits, draft.spans = [Paragraph(printed.strip(), folded.strip(),
                                                              spans=[span])], credits, [span]
    draft.photo = draft.closed = True


def _captioned_title_over_headless_text(draft: Draft, below: Draft) -> bool:
    """A photo made of a headline group alone, no caption read, whose last line is worded as a caption
    (`张三(右)正在…`), right over text printed without a headline: with every line apart, the caption printed
    between the headline and its body was read as the group's last line. A caption is text under a title, never
    a line of one."""
    return (draft.photo and not draft.has_text and len(draft.headline) >= 2
            and _worded_as_caption(draft.headline[-1].folded)
            and not below.headline and below.has_text and not below.photo and not below.dateline)


def _give_title_to_text_below(draft: Draft, below: Draft) -> None:
    """The group's lines above the caption to the text below; the caption line the photo's text."""
    unit = draft.headline.pop()
    span = (unit.first, unit.last)
    heading = {(u.first, u.last) for u in draft.headline}
    below.headline, draft.headline = draft.headline, []
    below.spans = [s for s in draft.spans if s in heading] + below.spans
    draft.spans = [s for s in draft.spans if s not in heading]
    draft.paragraphs = [Paragraph(unit.printed.strip(), unit.folded.strip(), spans=[span])]


def _credit_right_under(below: Draft) -> bool:
    """The draft's one supplied credit (`(某某办供图)`) stands on the line right under its one-line headline."""
    unit = below.headline[0] if below.headline else None
    return unit is not None and len(below.credits) == 1 and (unit.last + 1, unit.last + 1) in below.spans



def _supplied_caption_over_lead(draft: Draft) -> bool:
    """The first paragraph under the headline is one short sentence whose line carried a supplied credit
    (`(受访者供图)`), and text follows it."""
    if draft.photo or not draft.headline or len(draft.paragraphs) < 2 or draft.dateline:
        return False
    first = draft.paragraphs[0]
    return (not first.section and len(first.spans) == 1 and any(fold(c).endswith("供图") for c in first.credits)
            and len(first.folded) <= CAPTION_SENTENCE_CHARS and sentence_ends(first.folded) == 1
            and is_finished(first.folded))


def give_headlines_over_long_captions(drafts: list[Draft]) -> list[Draft]:
    """Before the rests of interrupted articles go back: each titled photo of a long caption right over a headless
    text hands its headline down (see `captions_over_headless_text`), unless the text above stops mid-sentence,
    when the headless text may be that text's rest."""
    for above, draft, below in zip([None, *drafts], drafts, drafts[1:]):
        unfinished_above = above is not None and above.paragraphs and not is_finished(above.paragraphs[-1].folded)
        if not unfinished_above and caption_over_headless_text(draft, below):
            _give_headline_to_dated_text(draft, below)
    return drafts
