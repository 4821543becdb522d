"""A titled photo whose caption is two paragraphs (`某某苗长势喜人` / `3月2日,某某镇某某村的村民…。` / `近年来,该镇…。`
/ `张三 摄`). Over a photo credit printed right under it, the last of an article's paragraphs is read as a caption of
its own, cut out of the article. But when that paragraph opens pointing back at the one above (`该镇…`, after a short
phrase and its comma too), it goes on from it: a caption names its own scene and never opens on `该…`; and so it does
when the one above says when its picture was taken (`…(3月2日摄)。`): that paragraph is a caption's, never an
article's. So it does too when the one above opens on the day alone (`16日,从空中看某某村…`: a caption takes the month
from its page, a report gives month and day) and the second names that scene's village or town again
(`近年来,某某村…`): it tells the background of what the picture caught. Then, under a headline with nothing else, no
dateline and no byline, the two paragraphs are one caption and the item a photo."""

import re

from ..kinds import Kind
from .caption_lines_apart import caption_block_of_lines_apart
from .dated_picture_notes import DATED_PICTURE_NOTE
from .lead_photos import points_back

_DATES_ITS_PICTURE = re.compile(rf"{DATED_PICTURE_NOTE}[。.]?\s*$")  # (`…(3月2日摄)。`)
_DAY_ALONE = re.compile(r"^\s*\d{1,2}日(?:[上下中]午|早上|晚上|傍晚)?[,,]")  # (`16日,…`: no month)
_SCENE_PLACE = re.compile(r"[\u3400-\u9fff]{2,6}?(?:新村|村|社区|街道|镇|乡)")  # (`四邑新村`, `潘家湾镇`)


def _background_of_the_dated_scene(first: str, second: str) -> bool:
    """The first paragraph opens on the day alone and the second names one of its villages or towns again."""
    if not _DAY_ALONE.match(first):
        return False
    return any(len(place) >= 3 and place in second for place in _SCENE_PLACE.findall(first))


def caption_in_two_paragraphs(draft, credit_gap: int) -> bool:
    """`draft` (a headline and the paragraphs over a photo credit printed `credit_gap` blank lines under the last
    one) is a titled photo whose caption is both its paragraphs."""
    paragraphs = draft.paragraphs
    return (credit_gap == 0 and bool(draft.headline) and len(paragraphs) == 2 and not draft.dateline
            and not draft.authors and not any(p.section for p in paragraphs)
            and (points_back(paragraphs[1].folded.lstrip()) or _DATES_ITS_PICTURE.search(paragraphs[0].folded)
                 or _background_of_the_dated_scene(paragraphs[0].folded, paragraphs[1].folded)))


_BLOCK_LINES = 12  # lines of a caption block read down to its credit


def caption_block_set_apart(items: list, i: int, apart: bool = False) -> bool:
    """`items[i]`, set apart by two blank lines or more, opens a block of one or two paragraphs with a photo credit
    printed right under the last (`8月19日,…。` / `近期,…。` / `张三 摄`): printed inside a sentence a column cut
    (`…该村所`), it is a photo's caption, not the cut sentence's end, which comes after the photo; printed under text
    its credit or last sentence finished, it is a photo's caption too, not more of an article still open above.
    (`apart`: every line of the page stands apart, see `caption_lines_apart`.)"""
    if apart:
        return caption_block_of_lines_apart(items, i)
    if items[i].gap_before < 2:
        return False
    paragraphs = 1
    for item in items[i + 1:i + 1 + _BLOCK_LINES]:
        if item.kind is Kind.PHOTO_CREDIT:
            return item.gap_before == 0
        if item.kind is not Kind.PARAGRAPH or item.gap_before > 1:
            return False
        paragraphs += item.gap_before
        if paragraphs > 2:
            return False
    return False


def untitled_caption_set_apart(draft, credit_gap: int, first_gap: int) -> bool:
    """Two paragraphs with no headline, set apart by two blank lines or more, over a photo credit printed right under
    the second: one caption, the item an untitled photo (the assembler opened it as an item of its own)."""
    return (credit_gap == 0 and first_gap >= 2 and not draft.headline and len(draft.paragraphs) == 2
            and not draft.dateline and not draft.authors and not any(p.section for p in draft.paragraphs))
