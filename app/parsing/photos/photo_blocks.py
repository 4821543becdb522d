"""A block of its own holding one paragraph, maybe under a title, with a credit line printed right under that
paragraph (`作者:张三`, `通讯员 张三 记者 李四 文/图`) and nothing more: a photo as the page prints one, its caption
and the credit of who made it. An article's text runs to more than one paragraph or opens with its dateline, and
its closing credit stands apart from it; a text block without a headline is no article of its own. The credit
line is then the photo's credit, its names the photo's authors. (On a page whose every line stands apart, one
blank line is a mere line break: a block is set apart by one blank line more, and the caption may be printed as
several lines the column cut.)"""

from ..kinds import Kind
from ..lines import block_gap, every_line_apart


def settle_photo_blocks(items: list) -> None:
    """Make the closing credit of a captioned photo printed as a block of its own a photo credit."""
    apart = every_line_apart(items)
    tight, block = (1 if apart else 0), block_gap(apart)
    for i in range(1, len(items)):
        credit = items[i]
        if credit.kind is not Kind.END_BYLINE or not credit.names or credit.gap_before > tight:
            continue
        if i + 1 < len(items) and items[i + 1].gap_before < block:
            continue  # (the block must end with the credit)
        k = i - 1  # the caption's first line
        while (apart and k > 0 and items[k - 1].kind is Kind.PARAGRAPH and items[k - 1].cut
               and items[k].gap_before <= tight):
            k -= 1
        if items[k].kind is not Kind.PARAGRAPH:
            continue
        title = items[k - 1] if k >= 1 and items[k].gap_before < block else None
        if (items[k].gap_before >= block if title is None else
                title.kind is Kind.HEADLINE and title.gap_before >= block):
            credit.kind = Kind.PHOTO_CREDIT
