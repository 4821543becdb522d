"""Page text -> the articles a reader would cut out of the printed page.

The pipeline: normalise line ends and stray control characters; classify every line on a
folded copy (`lines`); assemble articles in page order (`assemble`); then apply the repairs
that need the whole page (`reunite`): repeated fragments and headlines separated from their
bodies, a caption printed under a headline cut out as a photo (`headline_captions`). Finally each
draft becomes a `ParsedArticle` with kicker/title/subtitle composed from its headline units
(`headlines`) and provenance as 1-based line ranges.
"""

import gc

from .assemble import assemble
from .drafts import Draft
from .bylines.credits import credit_photographers
from .decode import CONTROL
from .photos.captions_over_credits import give_captions_to_titled_photos
from .photos.headline_captions import cut_out_captions, give_headlines_over_long_captions
from .heads.headlines import compose
from .heads.quoted_cut_lines import settle_quoted_cut_lines
from .heads.exclaimed_titles import settle_exclaimed_titles
from .heads.clause_runs import settle_clause_runs
from .heads.kicker_lines import lift_kickers
from .heads.lone_letters import return_lone_letters
from .heads.subject_heads import join_heads_of_the_subject
from .bylines.credit_lines import settle_credit_lines
from .lines import read_items
from .model import ParsedArticle
from .photos.photo_blocks import settle_photo_blocks
from .photos.picture_notes import titles_over_picture_notes
from .photos.titles_over_dated_text import give_titles_to_dated_text
from .continuations.repeats import attach_duplicates, mark_duplicates
from .continuations.headed_rests import return_headed_rests
from .continuations.parts_under_rests import join_parts_under_rests
from .continuations.reunite import return_continuations, reunite_orphans

_CONTROL_BYTES = bytes(b for b in range(0x80) if CONTROL.match(chr(b)))  # (every one is ASCII)


def normalise(text: str) -> str:
    """LF line ends, no BOM, no control characters (a NUL in a page is damage, not text)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    # (most pages hold none: looked for among the page's ASCII alone, in C, before a search of the whole)
    ascii_part = text.encode("ascii", "ignore")
    return text if len(ascii_part.translate(None, _CONTROL_BYTES)) == len(ascii_part) else CONTROL.sub("", text)


def parse_page(text: str) -> list[ParsedArticle]:
    """Parse the text of one newspaper page into articles and captioned photos, in page order."""
    if not isinstance(text, str) or not text.strip():
        return []
    # Cutting a page makes tens of thousands of small objects and no reference cycles (its texts hold
    # the page weakly, the assembler's handlers are plain functions): reference counting frees them
    # all, so the cyclic collector they would set off again and again has nothing to find meanwhile.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _parse(text)
    finally:
        if collecting:
            gc.enable()


def _parse(text: str) -> list[ParsedArticle]:
    items, blank, traditional = read_items(normalise(text))
    settle_credit_lines(items)
    settle_quoted_cut_lines(items)
    settle_exclaimed_titles(items)
    settle_clause_runs(items)
    settle_photo_blocks(items)
    titles_over_picture_notes(items)
    duplicates = mark_duplicates(items)
    drafts = give_headlines_over_long_captions(assemble(items))
    attach_duplicates(drafts, duplicates)
    return_lone_letters(drafts)
    return_continuations(drafts, traditional)
    return_headed_rests(drafts)
    drafts = join_heads_of_the_subject(join_parts_under_rests(drafts))
    drafts = cut_out_captions(lift_kickers(reunite_orphans(give_titles_to_dated_text(drafts))))
    give_captions_to_titled_photos(drafts)
    articles = [article for draft in drafts if (article := _to_article(draft, blank))]
    articles.sort(key=lambda a: a.lines[0] if a.lines else (0, 0))
    return articles


def _to_article(draft: Draft, blank: list[bool]) -> ParsedArticle | None:
    lead = next((p.folded for p in draft.paragraphs if p.printed and not p.section), "")
    headline = compose(draft.headline, draft.subtitle_sentence, lead)
    paragraphs = [p.printed for p in draft.paragraphs if p.printed]
    if not headline.title and not paragraphs:
        return None
    has_text = draft.has_text
    photo = draft.photo or not has_text
    authors, credits = _unique(draft.authors), _unique(draft.credits)
    photographers = _caption_credit(paragraphs, authors, credits) if not photo else None
    if photographers and draft.dateline:
        authors = photographers  # a news item opening with its dateline, credited for its picture
    elif photographers:
        # One paragraph whose only credit is `(张三 摄)`: a caption printed with its credit inline.
        photo, authors, credits = True, photographers, []
    return ParsedArticle(
        kind="photo" if photo else "article",
        title=headline.title,
        kicker=headline.kicker,
        subtitle=headline.subtitle,
        authors=authors,
        sections=[p.printed for p in draft.paragraphs if p.section],
        paragraphs=paragraphs,
        credits=credits,
        lines=merge_spans(draft.spans, blank),
    )


def _caption_credit(paragraphs: list[str], authors: list[str], credits: list[str]) -> list[str] | None:
    if len(paragraphs) != 1 or authors or len(credits) != 1:
        return None
    return credit_photographers(credits[0])


def _unique(values: list[str]) -> list[str]:
    seen: list[str] = []
    for value in values:
        if value and value not in seen:
            seen.append(value)
    return seen


def merge_spans(spans: list[tuple[int, int]], blank: list[bool]) -> list[tuple[int, int]]:
    """Sorted inclusive line ranges; ranges with only blank lines between them are one."""
    merged: list[tuple[int, int]] = []
    for first, last in sorted(set(spans)):
        if merged:
            prev_first, prev_last = merged[-1]
            between = blank[prev_last:first - 1]  # lines prev_last+1 .. first-1 (1-based)
            if first <= prev_last + 1 or all(between):
                merged[-1] = (prev_first, max(prev_last, last))
                continue
        merged.append((first, last))
    return merged
