"""Text that opens `(上接A1版)`, `(上接第一版)`, `(紧接第2版)`: the rest of an article begun on another page of the
paper. The line right over it is that article's headline, printed again where its text goes on; it is no section
head of the article running above it on this page, whose parts all stand here."""

import re

CONTINUED_FROM = re.compile(
    r"[(\[【]?\s*(?:上接|紧接|接上|转接)第?\s*[A-Za-z]?\s*[0-9一二三四五六七八九十]+\s*[A-Za-z]?\s*版")


def continued_from_another_page(opening: str) -> bool:
    """Whether the text below a line opens with a note that it goes on from another page."""
    return CONTINUED_FROM.match(opening.lstrip()) is not None
