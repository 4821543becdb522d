"""A feature may build its part heads as a pair of spaced phrases of one pattern (`种树的手 写出文章` ... `打铁的手
撑起工坊`: the same lengths, a word repeated in the same place). Interrupted at a paragraph break, its rest opens
under the next head of that pattern, printed under the piece between; read on from that piece, the head would be that
piece's part. The reader knows the head by its pattern: it follows the feature's own earlier head, not anything the
piece between prints. So a head of two spaced phrases, as long as an earlier running article's head of two spaced
phrases and repeating a word of it (two letters or more, `的手`), goes on with that article when the piece it stands
under prints no head of that form."""

import re

_PHRASE = re.compile(r"^[\u3400-\u9fff]{2,8}$")
SHARED_CHARS = 2  # the word both heads repeat


def heads_of_its_form(units: list, earlier, cur) -> bool:
    """Is the one head in `units` of the form of a section head of `earlier`, and of none of `cur`'s?"""
    if len(units) != 1:
        return False
    head = _phrases(units[0].folded)
    if head is None:
        return False
    return (any(_same_form(head, p.folded) for p in earlier.paragraphs if p.section)
            and not any(_phrases(p.folded) is not None for p in cur.paragraphs if p.section))


def _phrases(folded: str) -> list[str] | None:
    phrases = folded.split()
    return phrases if len(phrases) == 2 and all(_PHRASE.match(p) for p in phrases) else None


def _same_form(head: list[str], other: str) -> bool:
    phrases = _phrases(other)
    if phrases is None or [len(p) for p in phrases] != [len(p) for p in head] or phrases == head:
        return False
    return any(_shares_a_word(a, b) for a, b in zip(head, phrases))


def _shares_a_word(a: str, b: str) -> bool:
    return any(a[k:k + SHARED_CHARS] in b for k in range(len(a) - SHARED_CHARS + 1))
