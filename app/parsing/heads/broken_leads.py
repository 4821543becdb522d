"""A lead the source printed with no full stop, broken mid-sentence by the page (`…以全镇范围河湖打包` /
`申报…示范区顺利 通过…考评验收`): the second half stands alone like a headline, and the article's own section heads
under it would go with it as a new item's. What tells it from the next item's title is what comes under and around it:
it stands right under the lead's unfinished clause, names no place the lead did not (an item set in names its own), and
heads no text of its own but the article's parts: two short heads or more, each over its paragraph. A new item's title
stands over its lead, byline or dateline, not straight over a run of part heads; so the line is the lead's last words,
and the article, its lead ended there, goes on under those heads."""

from ..lines import Item, Kind
from ..similarity import place_names

PART_HEAD_CHARS = 12  # a part's head is a short phrase
PART_HEADS = 2  # a run of parts, not one line that may be a subtitle


def ends_the_lead(items: list[Item], i: int, lead: str) -> bool:
    """The headline-shaped line at i, right under a lead left unfinished (`lead`, folded), is that lead's last words."""
    tail = items[i]
    if (tail.kind is not Kind.HEADLINE or tail.gap_before >= 2 or len(tail.folded.strip()) <= PART_HEAD_CHARS
            or tail.parts and len(tail.parts) > 1 or not place_names(tail.folded) <= place_names(lead)):
        return False
    return _part_heads_under(items, i + 1) >= PART_HEADS


def _part_heads_under(items: list[Item], k: int) -> int:
    """How many short heads, each right over its text (one paragraph, or its lines where every line stands apart),
    follow one another from item k."""
    count = 0
    while (k + 1 < len(items) and items[k].kind is Kind.HEADLINE and items[k].gap_before < 2
           and len(items[k].folded.strip()) <= PART_HEAD_CHARS and items[k + 1].kind is Kind.PARAGRAPH
           and items[k + 1].gap_before < 2):
        count, k = count + 1, k + 2
        while k < len(items) and items[k].kind is Kind.PARAGRAPH and items[k].gap_before < 2:
            k += 1  # (the part's further lines or paragraphs)
    return count
