"""Where every line of the page stands apart (a blank line a mere line break), a caption block reads one blank line
looser: the block is set apart by three blank lines or more, its credit printed a blank line under its last line, and
its lines a blank line apart, a paragraph beginning only on the line after one narrower than the column (the column
breaks a paragraph's lines at its full width: a shorter line is a paragraph's last). So read, a caption of one or two
paragraphs over its credit is the same block as on a page that keeps its lines together (`two_paragraph_captions`)."""

from ..kinds import Kind
from ..lines import block_gap

_BLOCK_LINES = 24  # lines of a caption block read down to its credit, every line apart


def caption_block_of_lines_apart(items: list, i: int) -> bool:
    """`items[i]` opens a block of one or two paragraphs, every line apart, a photo credit a line under the last."""
    if items[i].gap_before < block_gap(True):
        return False
    paragraphs, ended = 1, not items[i].cut
    for item in items[i + 1:i + 1 + _BLOCK_LINES]:
        if item.kind is Kind.PHOTO_CREDIT:
            return item.gap_before <= 1  # (a line under it, or right under it once the credit is settled)
        if item.kind is not Kind.PARAGRAPH or item.gap_before > 1:
            return False
        paragraphs += ended
        if paragraphs > 2:
            return False
        ended = not item.cut
    return False
