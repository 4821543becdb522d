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


def first_paragraph(items: list, j: int) -> str:
    """The paragraph that opens at item j, its pieces joined up to the first that ends a sentence (every line apart,
    a paragraph is printed as many items): the text surely under the line above; the paragraphs after it may be
    another article's rest printed there."""
    text = ""
    for item in items[j:]:
        if item.kind is not Kind.PARAGRAPH or len(text) >= OPENING_CHARS:
            break
        text += item.folded
        if item.finished:
            break
    return text[:OPENING_CHARS]
