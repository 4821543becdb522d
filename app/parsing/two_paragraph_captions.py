"""A titled photo whose caption is two paragraphs (`某某苗长势喜人` / `3月2日,某某镇某某村的村民…。` / `近年来,该镇…。` /
`张三 摄`). Over a photo credit printed right under it, the last of an article's paragraphs is read as a caption of its
own, cut out of the article. But when that paragraph opens pointing back at the one above (`该镇…`, after a short
phrase and its comma too), it goes on from it: a caption names its own scene and never opens on `该…`. Then, under a
headline with nothing else, no dateline and no byline, the two paragraphs are one caption and the item a photo."""

from .lead_photos import points_back


def caption_in_two_paragraphs(draft, credit_gap: int) -> bool:
    """`draft` (a headline and the paragraphs over a photo credit printed `credit_gap` blank lines under the last
    one) is a titled photo whose caption is both its paragraphs."""
    paragraphs = draft.paragraphs
    return (credit_gap == 0 and bool(draft.headline) and len(paragraphs) == 2 and not draft.dateline
            and not draft.authors and not any(p.section for p in paragraphs)
            and points_back(paragraphs[1].folded.lstrip()))
