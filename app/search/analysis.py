"""Folding and tokenization shared by indexing, querying and highlighting.

Text is folded by app.text.search_fold (one character at a time: width,
traditional to simplified, lower case), so a folded string has a known
offset relation to the original and a substring folds the same way wherever
it occurs.

Folded text is cut into *units*: every CJK character (Han, kana, hangul) is a
unit of its own; a run of other letters and digits (Latin, Cyrillic, digits)
is one unit, a "word". Whitespace between units is ignored (newspapers pad
two-character names as 王 芳, and line breaks fall inside words), while
punctuation ends a *run*. Inside a run, adjacent units form bigrams. The
position of a unit is its index in the document, with one extra position
skipped at every run break, so bigrams of different runs are never adjacent.

A query string of n units therefore matches a document exactly when its n-1
bigrams occur at consecutive positions (a phrase), and a one-unit query is a
plain unigram lookup.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.text import CJK as _CJK, search_fold as fold

# One unit: a CJK character, or a maximal run of other letters/digits.
_UNIT = rf"[{_CJK}]|[^\W_{_CJK}]+"
UNIT_RE = re.compile(_UNIT)
_CJK_ONLY_RE = re.compile(rf"[{_CJK}]+")
# Splits text into runs at punctuation (whitespace does not split).
_RUN_SPLIT_RE = re.compile(rf"[^\w\s{_CJK}]+|_+")


def runs(folded: str) -> list[list[str]]:
    """Cut folded text into runs of units (see the module docstring)."""
    out: list[list[str]] = []
    for part in _RUN_SPLIT_RE.split(folded):
        if not part:
            continue
        if _CJK_ONLY_RE.fullmatch(part):
            out.append(list(part))  # fast path: a run of CJK characters only
        else:
            # findall skips whitespace, and whitespace still separates words.
            units = UNIT_RE.findall(part)
            if units:
                out.append(units)
    return out


def units_of(text: str) -> list[list[str]]:
    """Fold and cut: the runs of units of raw text."""
    return runs(fold(text))


# Positions are stored as uint16; text past this many units is not indexed
# (a newspaper article is a few thousand characters).
MAX_POSITIONS = 65_000


def text_runs(*texts: str | None) -> list[list[str]]:
    """Runs of several texts; each text starts a new run."""
    out: list[list[str]] = []
    for t in texts:
        if t:
            out.extend(units_of(t))
    return out


@lru_cache(maxsize=4096)
def query_runs(text: str) -> tuple[tuple[str, ...], ...]:
    """Runs of units of a query word or phrase (cached: queries repeat)."""
    return tuple(tuple(r) for r in units_of(text))
