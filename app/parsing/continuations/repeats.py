"""Repeated fragments: a garbled page may print a stretch of text twice. A paragraph whose text also stands inside
a longer paragraph (or repeats an earlier one) is a repeated fragment: it never becomes an
article. If it begins with the very words another article ends with, it is that article's
tail printed again with its continuation, so the continuation is appended (the overlap
dropped); otherwise it is left out.
"""

from ..drafts import Draft
from ..lines import Item, Kind

MIN_DUPLICATE_CHARS = 15  # shorter repeats are ordinary phrases
MIN_OVERLAP_CHARS = 6
MAX_OVERLAP_CHARS = 400
MAX_DUPLICATE_WORK = 200_000_000  # paragraphs x characters; beyond this skip the search


def mark_duplicates(items: list[Item]) -> list[Item]:
    """Flag paragraphs that repeat text printed elsewhere on the page; return them."""
    # Dateline paragraphs can hold the first printing but are never the repeat themselves.
    paragraphs = [item for item in items if item.kind in (Kind.PARAGRAPH, Kind.DATELINE)]
    compact = ["".join(item.folded.split()) for item in paragraphs]  # (what `\s+` matches, removed)
    total = sum(len(text) for text in compact)
    if len(paragraphs) * total > MAX_DUPLICATE_WORK:
        return []
    joined = "\x00".join(compact)
    duplicates = []
    for index, (item, text) in enumerate(zip(paragraphs, compact)):
        if len(text) < MIN_DUPLICATE_CHARS or item.kind is not Kind.PARAGRAPH:
            continue
        if joined.count(text) < 2:  # printed once (a repeat lies in another paragraph, apart from its own)
            continue
        for other_index, other in enumerate(compact):
            if other_index == index or text not in other:
                continue
            if len(other) > len(text) or other_index < index:
                item.duplicate = True
                duplicates.append(item)
                break
    return duplicates


def _overlap(tail: str, head: str) -> int:
    """Length of the longest prefix of `head` that `tail` ends with."""
    for k in range(min(len(tail), len(head), MAX_OVERLAP_CHARS), MIN_OVERLAP_CHARS - 1, -1):
        if tail.endswith(head[:k]):
            return k
    return 0


def attach_duplicates(drafts: list[Draft], duplicates: list[Item]) -> None:
    for fragment in duplicates:
        best, best_k = None, 0
        for draft in drafts:
            if draft.photo or not draft.paragraphs or draft.paragraphs[-1].section:
                continue
            head = fragment.folded.strip()
            k = _overlap(draft.paragraphs[-1].folded.rstrip(), head)
            # k == len(head): this is where the text was printed first, not a tail to extend.
            if best_k < k < len(head):
                best, best_k = draft, k
        if best is None:
            continue
        lead = len(fragment.folded) - len(fragment.folded.lstrip())
        rest_printed = fragment.printed[lead + best_k:].strip()
        rest_folded = fragment.folded[lead + best_k:].strip()
        if rest_folded:
            last = best.paragraphs[-1]
            last.printed += rest_printed
            last.folded += rest_folded
            last.spans.append((fragment.first, fragment.last))
            best.spans.append((fragment.first, fragment.last))
