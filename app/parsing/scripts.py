"""Which script a text is printed in. A page may print an article in traditional characters beside
others in simplified ones, and no article changes its script halfway: paragraphs in the other script
after an article's own text, with no headline of their own, continue the nearest earlier article still
open that is printed in that script, and none of them finishes a sentence an article in the other script
left open (`reunite.return_continuations`)."""

from functools import lru_cache
import re

from app.text import width_fold

from .kinds import Kind

TRADITIONAL_SHARE = 0.05  # of its Han characters that t2s changes: a text in traditional characters
SIMPLIFIED_SHARE = 0.01  # ... and no more than this: simplified (a few characters t2s may touch in either)
MIN_HAN = 12  # fewer Han characters tell nothing (a traditional text this long all unchanged by t2s is rare)
# ... unless this many of them are changed by t2s: a short line of place names (`某區某鎮某東村`) is traditional
MIN_CHANGED = 3
# `發(fā)`: a site's pinyin gloss in brackets right after a Han letter, tone marks and all (`鎮(zhèn)`)
_GLOSS = re.compile(r"(?<=[\u3400-\u9fff])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüɑ]{1,6}[)）]")


def unglossed(text: str) -> str:
    """`新華社發(fā)(張輝攝)` -> `新華社發(張輝攝)`: a text without the pinyin glosses some sites print after a
    traditional letter. A gloss reads a letter aloud; it is no part of a credit's words or names."""
    return _GLOSS.sub("", text) if "(" in text or "（" in text else text


def _changed(paragraph) -> int:
    """How many different Han letters of a paragraph t2s changed: its printed text against its fold."""
    return len(_changed_letters(paragraph.printed, paragraph.folded))


@lru_cache(maxsize=4096)  # (a draft's paragraphs are asked again for each tail weighed against it)
def _changed_letters(printed: str, folded: str) -> frozenset[str]:
    narrow = width_fold(printed)
    if narrow == folded or len(narrow) != len(folded):
        return frozenset()
    return frozenset(a for a, b in zip(narrow, folded) if a != b and "\u3400" <= b <= "\u9fff")


def _counts(paragraph) -> tuple[int, frozenset[str]]:
    """(Han characters, the different letters t2s changed) of a paragraph."""
    return (sum(1 for c in paragraph.folded if "\u3400" <= c <= "\u9fff"),
            _changed_letters(paragraph.printed, paragraph.folded))


def _script(counts: list[tuple[int, frozenset[str]]]) -> str | None:
    """The script of the text counted: each letter t2s changed is counted once however often it is printed, as a
    simplified text may repeat one that t2s folds (`孃孃`, a dialect's aunties, folded to `娘娘`), while a traditional
    text changes many different letters."""
    han, changed = sum(c[0] for c in counts), len(frozenset().union(*(c[1] for c in counts)))
    if han < MIN_HAN:
        return "traditional" if changed >= MIN_CHANGED else None
    share = changed / han
    return "traditional" if share >= TRADITIONAL_SHARE else "simplified" if share <= SIMPLIFIED_SHARE else None


def continuation_in_other_script(host, starts: list[int], earlier: list) -> tuple[int, object] | None:
    """(k, target): the host's paragraphs from k on are printed in the other script than those above them,
    and `target`, the nearest earlier open article (of `earlier`, drafts) printed in that script, takes them."""
    texts = [p for p in host.paragraphs if not p.section]
    if len(texts) < 2 or not any(map(_changed, texts)):
        return None  # (no traditional character in the host: the common case, told at once)
    scripts = [_script([_counts(p)]) if not p.section else None for p in host.paragraphs]
    for k in starts:  # (every paragraph long enough to tell in one script above k, in the other from k on)
        above, below = set(scripts[:k]) - {None}, set(scripts[k:]) - {None}
        if len(above) != 1 or len(below) != 1 or above == below:
            continue
        below = below.pop()
        for draft in reversed(earlier):
            if not draft.closed and _script([_counts(p) for p in draft.paragraphs if not p.section]) == below:
                return k, draft
        return None
    return None


def differs_in_script(paragraph, draft) -> bool:
    """Is the paragraph printed in the other script than the article's headline and text (both long enough to tell)?"""
    if not _changed(paragraph) and not any(map(_changed, [*draft.headline, *draft.paragraphs])):
        return False  # (neither holds a traditional character: the common case, told at once)
    own = _script([_counts(p) for p in [*draft.headline, *draft.paragraphs] if not getattr(p, "section", False)])
    return None not in (own, theirs := _script([_counts(paragraph)])) and own != theirs


def printed_in_other_script(line, other) -> bool:
    """Are two lines (or paragraphs), each long enough to tell, printed in different scripts?"""
    if not _changed(line) and not _changed(other):
        return False  # (neither holds a traditional character: the common case, told at once)
    return None not in (ours := _script([_counts(line)]), theirs := _script([_counts(other)])) and ours != theirs


def _script_right_above(items: list, i: int) -> str | None:
    """The script of the paragraphs right above item i, a few lines (one narrow line may be too short to tell)."""
    k = i - 1
    while k > 0 and i - k < 3 and items[k - 1].kind is Kind.PARAGRAPH:
        k -= 1
    return _script([_counts(p) for p in items[k:i]])


def settle_lines_cut_before_other_script(items: list) -> None:
    """A headline-shaped line right under a paragraph printed in its script, over a headline whose text is
    printed in the other script (`“…可真多!”某某社區文化工` between a traditional article's paragraphs and a
    simplified item's headline): the opening of a paragraph the column cut, not that item's kicker — text."""
    for i in range(1, len(items) - 1):
        item, above = items[i], items[i - 1]
        if (item.kind is not Kind.HEADLINE or above.kind is not Kind.PARAGRAPH or item.gap_before >= 2
                or items[i + 1].kind is not Kind.HEADLINE or not _changed(item)):
            continue  # (a simplified line: the common case, told at once)
        below = next((it for it in items[i + 1:] if it.kind in (Kind.PARAGRAPH, Kind.DATELINE)), None)
        ours = _script([_counts(item)])
        if (below is not None and ours is not None and ours == _script_right_above(items, i)
                and printed_in_other_script(item, below)):
            item.kind, item.weak, item.phrase_head = Kind.PARAGRAPH, False, False


def settle_heads_pointing_across_scripts(items: list) -> None:
    """A line read as text only for opening as if pointing back (`这样的工作队很暖心`, `shapes.refers_back`), right
    under finished text printed in the other script than the line and the text below it: it can point at nothing
    above, for a page that mixes scripts mixes them article by article and the text above is another article's. It
    is the headline of the text below, printed in its script."""
    for i in range(1, len(items) - 1):
        item, above, below = items[i], items[i - 1], items[i + 1]
        if (not item.points_back or above.kind is not Kind.PARAGRAPH or not above.finished
                or below.kind not in (Kind.PARAGRAPH, Kind.DATELINE) or below.gap_before >= 2
                or not (_changed(above) or _changed(item) or _changed(below))):
            continue  # (no traditional character about it: the common case, told at once)
        ours, theirs = _script([_counts(item), _counts(below)]), _script_right_above(items, i)
        if None not in (ours, theirs) and ours != theirs and not printed_in_other_script(item, below):
            item.kind, item.parts = Kind.HEADLINE, [item.printed]
