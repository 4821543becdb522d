"""Every line apart, the short line after a line cut at the column's width: the tail of that paragraph or a
headline? A headline's text opens a sentence of its own; a tail's sentence goes on in the line below when the
builder of the page broke the paragraph there (`…宣传思想文` / `化工作,对某某镇新时代文明` / `实践所进行了考察…`).
What tells a reader is the word the break cut in two: the tail's last characters and the next line's first ones
make a word the text prints again (`文明实践`, printed whole in the paragraphs around), and no headline ends
inside a word its text goes on.

The same word tells in any layout when a paragraph was broken into two blocks (`…青松村便民服务平` / `台和老年食堂…`): a
headline-shaped line between two paragraphs, the next one right under it, whose last characters and the next
paragraph's first ones make a word printed elsewhere nearby, is the first piece of that paragraph
(`broken_inside_a_word`). Not under a one-sentence subtitle: a section head there (`…温暖快递骑手` over `参与…`) may
end where the text goes on in the subtitle's words (`快递骑手参与…`), and a subtitle is no paragraph a page breaks. A
short sentence that ends a paragraph wrapped at the column's width (every line apart: `…县委宣传部部` / `长林川出席。`)
is no subtitle: it is that paragraph's last line.

A number tells the same as a word: a headline-shaped line ending in digits right over text opening with the unit
that counts them (`…在草场放牧350` / `只羊,身后…`) is a paragraph the page broke between a number and its unit
(`broken_inside_a_count`): no title ends on a bare number whose unit opens the text below, under a title too, where
the lead's first piece would otherwise be read as a subtitle."""

from .kinds import Kind
from .similarity import compact

# units and counting words that follow a number (`350只`, `20万元`, `3.6公里`, `15%`)
_COUNTING = frozenset("只个名位人户头亩元万亿千百吨斤公米件台辆家所座条项次天年月日岁余多栋间张本套倍%")
JUNCTION_CHARS = 2  # characters taken on each side of the break: four together are a word, seldom chance
NEARBY_ITEMS = 20  # how far up and down the page the word is looked for


def runs_on_below(items: list, i: int) -> bool:
    """Item i's last characters and the first ones of the text line right under it make a word printed again
    elsewhere nearby: the line's sentence goes on below, so it is no headline."""
    below = items[i + 1] if i + 1 < len(items) else None
    if below is None or not (below.kind is Kind.PARAGRAPH or below.cut) or below.gap_before > 1:
        return False  # (a line cut at the column's width is text, whatever its shape said)
    tail, head = compact(items[i].folded)[-JUNCTION_CHARS:], compact(below.folded)[:JUNCTION_CHARS]
    if len(tail) < JUNCTION_CHARS or len(head) < JUNCTION_CHARS or not (tail + head).isalpha():
        return False
    around = items[max(0, i - NEARBY_ITEMS):i] + items[i + 2:i + 2 + NEARBY_ITEMS]
    return any(tail + head in compact(item.folded) for item in around)


def broken_inside_a_word(items: list, i: int) -> bool:
    """Item i, a headline-shaped line right under a paragraph (a dated one too), is a paragraph's first piece the
    page broke inside a word (`runs_on_below`)."""
    above = items[i - 1] if i > 0 else None
    return (above is not None and above.kind in (Kind.PARAGRAPH, Kind.DATELINE)
            and (not above.short_sentence or _ends_a_wrapped_paragraph(items, i - 1))
            and items[i].gap_before <= 1 and runs_on_below(items, i))  # (under a one-sentence subtitle: a head)


def _ends_a_wrapped_paragraph(items: list, i: int) -> bool:
    """Every line apart, a short sentence right under a line cut at the column's width mid-sentence (`…宣传部部` /
    `长某某出席。`) is the last line of that paragraph, not a one-sentence subtitle."""
    above = items[i - 1] if i > 0 else None
    return (above is not None and above.cut and above.kind in (Kind.PARAGRAPH, Kind.DATELINE) and not above.finished
            and items[i].gap_before <= 1)


def broken_inside_a_count(items: list, i: int) -> bool:
    """Item i, a headline-shaped line ending in digits right over a paragraph opening with their unit (`…放牧350` /
    `只羊,…`), is that paragraph's first piece."""
    below = items[i + 1] if i + 1 < len(items) else None
    return (below is not None and below.kind is Kind.PARAGRAPH and below.gap_before <= 1 and items[i].gap_before <= 1
            and items[i].folded.rstrip()[-1:].isdigit() and below.folded.lstrip()[:1] in _COUNTING)
