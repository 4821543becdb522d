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
from array import array
from collections import Counter
from itertools import chain
from functools import lru_cache

from app.text import CJK as _CJK, bigrams, search_fold as fold, search_fold_with_offsets as fold_with_offsets

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


class Analysed:
    """The unigram and bigram postings of one document field.

    Built once per field from runs (see runs()) and handed to the writer,
    which turns it into Whoosh postings without one object per token.
    Bigrams are split by how often they occur: ``once`` maps most of them
    to their single position, ``multi`` maps the rest to position lists.
    """

    __slots__ = ("uni", "once", "multi", "n_units", "n_bigrams")

    def __init__(self, runs_: list[list[str]]) -> None:
        # Bigrams of all runs and their positions, built with C-level map/zip.
        bgs: list[str] = []
        poss: list[int] = []
        pos = 0
        n_units = 0
        kept: list[list[str]] = []
        for run in runs_:
            n = len(run)
            if pos + n > MAX_POSITIONS:
                run = run[:max(0, MAX_POSITIONS - pos)]
                n = len(run)
            if n > 1:
                bgs.extend(map(str.__add__, run, run[1:]))
                poss.extend(range(pos, pos + n - 1))
            kept.append(run)
            n_units += n
            pos += n + 1  # one empty position between runs
            if pos >= MAX_POSITIONS:
                break
        self.uni: dict[str, int] = Counter(chain.from_iterable(kept))
        # dict(zip()) keeps each bigram's last position: right for the ones
        # that occur once; only repeated ones need a Python loop.
        once = dict(zip(bgs, poss))
        multi: dict[str, list[int]] = {}
        if len(once) != len(bgs):
            multi = {bg: [] for bg, c in Counter(bgs).items() if c > 1}
            for bg, p in zip(bgs, poss):
                ps = multi.get(bg)
                if ps is not None:
                    ps.append(p)
            for bg in multi:
                del once[bg]
        self.once = once
        self.multi = multi
        self.n_units = n_units
        self.n_bigrams = len(bgs)

    @property
    def bi(self) -> dict[str, list[int]]:
        """Every bigram with its positions."""
        out = {bg: [p] for bg, p in self.once.items()}
        out.update(self.multi)
        return out


def text_runs(*texts: str | None) -> list[list[str]]:
    """Runs of several texts; each text starts a new run."""
    out: list[list[str]] = []
    for t in texts:
        if t:
            out.extend(units_of(t))
    return out


POSITION_TYPE = "H"  # uint16, native byte order
POSITION_SIZE = 2


def pack_positions(positions: list[int]) -> bytes:
    """Positions as a raw uint16 array: decoded by one memoryview cast."""
    return array(POSITION_TYPE, positions).tobytes()


def unpack_positions(value: bytes) -> memoryview:
    return memoryview(value).cast(POSITION_TYPE)


@lru_cache(maxsize=4096)
def query_runs(text: str) -> tuple[tuple[str, ...], ...]:
    """Runs of units of a query word or phrase (cached: queries repeat)."""
    return tuple(tuple(r) for r in units_of(text))
