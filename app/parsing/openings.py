"""The text that opens below a line: what a reader reads to tell what the line heads."""

from .kinds import Kind

OPENING_CHARS = 200  # how much text below a headline shows what it heads


def opening_text(items: list, j: int) -> str:
    """The text that opens at item j: paragraphs up to the next headline, byline or credit."""
    text = ""
    for item in items[j:]:
        if item.kind not in (Kind.PARAGRAPH, Kind.DATELINE) or len(text) >= OPENING_CHARS:
            break
        text += item.folded
    return text[:OPENING_CHARS]
