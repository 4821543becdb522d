"""A block of its own holding one paragraph, maybe under a title, with a credit line printed right under that
paragraph (`作者:张三`, `通讯员 张三 记者 李四 文/图`) and nothing more: a photo as the page prints one, its caption
and the credit of who made it. An article's text runs to more than one paragraph or opens with its dateline, and
its closing credit stands apart from it; a text block without a headline is no article of its own. The credit
line is then the photo's credit, its names the photo's authors."""

from .kinds import Kind

BLOCK_GAP = 2  # blank lines that set a block apart


def settle_photo_blocks(items: list) -> None:
    """Make the closing credit of a captioned photo printed as a block of its own a photo credit."""
    for i in range(1, len(items)):
        credit, caption = items[i], items[i - 1]
        if credit.kind is not Kind.END_BYLINE or not credit.names or credit.gap_before != 0:
            continue
        if caption.kind is not Kind.PARAGRAPH or (i + 1 < len(items) and items[i + 1].gap_before < BLOCK_GAP):
            continue  # (the block must end with the credit)
        title = items[i - 2] if i >= 2 and caption.gap_before < BLOCK_GAP else None
        opens_block = (caption.gap_before >= BLOCK_GAP if title is None else
                       title.kind is Kind.HEADLINE and title.gap_before >= BLOCK_GAP)
        if opens_block:
            credit.kind = Kind.PHOTO_CREDIT
