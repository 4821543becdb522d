"""Cutting many documents' text into unit ids and n-gram postings at once, in numpy.

The same rules as app.search.analysis (fold, units, runs, positions), applied to a whole batch of
texts as arrays instead of one Python object per character: the folded texts are joined and
turned into an array of code points, each code point is classed (CJK, word letter or digit,
space, break) by a table, and units, runs, positions and bigrams fall out of a few array
operations.

A unit's id is its code point when it is one character (every CJK unit, and one-letter words)
and a segment's own number from ``WORD_BASE`` on for a longer word (``Vocabulary``). A bigram's
key packs its two unit ids (``a << UNIT_BITS | b``), so the keys of a field sort as the pairs do.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from app.text import CJK, search_fold

from .analysis import MAX_POSITIONS

UNIT_BITS = 22  # unit ids: code points (< 0x110000) and longer words from WORD_BASE on
WORD_BASE = 0x110000
MAX_WORDS = (1 << UNIT_BITS) - WORD_BASE
BREAK, SPACE, HAN, WORD = 0, 1, 2, 3
_CJK_RE = re.compile(rf"[{CJK}]")
_WORD_RE = re.compile(r"[^\W_]")
_SPACE_RE = re.compile(r"\s")
_SEP = "\x00"  # between texts: a break (never a unit)


def char_class(ch: str) -> int:
    """How the analysis treats one folded character (see app.search.analysis.runs)."""
    if _CJK_RE.match(ch):
        return HAN
    if _WORD_RE.match(ch):
        return WORD
    if _SPACE_RE.match(ch):
        return SPACE
    return BREAK


@lru_cache(maxsize=1)
def _bmp_classes() -> np.ndarray:
    return np.fromiter((char_class(chr(c)) for c in range(0x10000)), dtype=np.uint8, count=0x10000)


class Vocabulary:
    """Ids of the words longer than one character, in the order first seen (one per segment)."""

    def __init__(self, words: list[str] | None = None) -> None:
        self.words: list[str] = list(words or [])
        self.index: dict[str, int] = {w: WORD_BASE + i for i, w in enumerate(self.words)}

    def add(self, word: str) -> int:
        i = self.index.get(word)
        if i is None:
            if len(self.words) >= MAX_WORDS:
                raise ValueError("too many distinct words in one segment")
            i = self.index[word] = WORD_BASE + len(self.words)
            self.words.append(word)
        return i

    def get(self, unit: str) -> int | None:
        """The id of a unit, None if the segment has never seen it."""
        if len(unit) == 1:
            return ord(unit)
        return self.index.get(unit)


def bigram_key(a: int, b: int) -> int:
    return (a << UNIT_BITS) | b


class Tokens(NamedTuple):
    """The units and bigrams of a batch of texts (one text per document)."""

    uni_doc: np.ndarray  # int64, every unit's document (index into the batch)
    uni_id: np.ndarray  # int64 unit ids
    bi_doc: np.ndarray  # int64, every bigram's document
    bi_key: np.ndarray  # int64 bigram keys
    bi_pos: np.ndarray  # int64 position of the bigram's first unit
    n_bigrams: np.ndarray  # int64 per document


_FOLD = np.arange(0x10000, dtype=np.uint32)  # the fold of each BMP character that folds to one
# What is known of each BMP character's fold: not yet worked out, one character, or folded one by one (it
# folds to several, ㈱ → (株); U+FFFF stands for every character beyond the BMP, which is folded so too).
_UNKNOWN, _SINGLE, _SPECIAL = 0, 1, 2
_FOLD_STATE = np.zeros(0x10000, dtype=np.uint8)
_FOLD_STATE[0xFFFF] = _SPECIAL


def _fold_codes(cp: np.ndarray) -> tuple[np.ndarray, np.ndarray | None]:
    """The fold (app.text.search_fold, one character at a time) of code points, looked up in a
    table as an array, and how many code points each became (None: one each). The few characters
    outside the BMP or folding to several (… → ...) are folded one by one and spliced in."""
    bmp = np.minimum(cp, 0xFFFF)
    state = _FOLD_STATE[bmp]
    if not (state != _SINGLE).any():
        return _FOLD[bmp], None
    unknown = np.flatnonzero(state == _UNKNOWN)
    if len(unknown):
        for c in np.unique(bmp[unknown]).tolist():
            folded = search_fold(chr(c))
            if len(folded) == 1:
                _FOLD[c] = ord(folded)
                _FOLD_STATE[c] = _SINGLE
            else:
                _FOLD_STATE[c] = _SPECIAL
        state = _FOLD_STATE[bmp]
    special = np.flatnonzero(state == _SPECIAL)
    if not len(special):
        return _FOLD[bmp], None
    folds = [search_fold(chr(c)) for c in cp[special].tolist()]
    width = np.ones(len(cp), dtype=np.int64)
    width[special] = [len(f) for f in folds]
    out = np.repeat(_FOLD[bmp], width)
    at = (np.cumsum(width) - width)[special]
    w = width[special]
    out[np.repeat(at, w) + (np.arange(int(w.sum())) - np.repeat(np.cumsum(w) - w, w))] = \
        [ord(ch) for f in folds for ch in f]
    return out, width


def _code_points(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _text(cp: np.ndarray) -> str:
    return cp.astype(np.uint32).tobytes().decode("utf-32-le", "surrogatepass")


def fold_with_origin(text: str) -> tuple[str, np.ndarray | None]:
    """``search_fold(text)`` and, when lengths differ, for every folded character the index of the
    character it came from (None: the identity), as app.text.search_fold_with_offsets, in numpy."""
    folded, width = _fold_codes(_code_points(text))
    if width is None or len(folded) == len(width):
        return _text(folded), None
    return _text(folded), np.repeat(np.arange(len(width)), width)


def _folded_code_points(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The code points of the folded texts joined by separators (one more at the end), and each
    text's folded length + 1."""
    cp, width = _fold_codes(_code_points(_SEP.join(texts) + _SEP))
    lens = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)) + 1
    if width is not None:
        grew = np.flatnonzero(width != 1)
        text_of = np.searchsorted(np.cumsum(lens) - lens, grew, side="right") - 1
        lens += np.bincount(text_of, weights=width[grew] - 1, minlength=len(texts)).astype(np.int64)
    return cp, lens


def cut(texts: list[str], vocab: Vocabulary) -> Tokens:
    """Units and bigrams of `texts` (raw; each may hold several parts joined by ``\x00``, each
    part starting a new run, as app.search.analysis.text_runs)."""
    cp, lens = _folded_code_points(texts)
    doc_start = np.cumsum(lens) - lens
    cls = _bmp_classes()[np.minimum(cp, 0xFFFF)]
    astral = np.flatnonzero(cp > 0xFFFF)
    if len(astral):
        cls[astral] = [char_class(chr(c)) for c in cp[astral].tolist()]
    is_word = cls == WORD
    word_start = is_word.copy()
    word_start[1:] &= ~is_word[:-1]
    starts = np.flatnonzero((cls == HAN) | word_start)
    ids = cp[starts].astype(np.int64)
    # Words of several letters: their text, and an id from the vocabulary.
    word_end = is_word.copy()
    word_end[:-1] &= ~is_word[1:]  # the joined text ends with a separator: no word runs off it
    w_start, w_end = np.flatnonzero(word_start), np.flatnonzero(word_end) + 1
    long_ = np.flatnonzero(w_end - w_start > 1)
    if len(long_):
        joined = _text(cp)
        add = vocab.add
        at = np.searchsorted(starts, w_start[long_])
        ids[at] = [add(joined[a:b]) for a, b in zip(w_start[long_].tolist(), w_end[long_].tolist())]
    run = np.cumsum(cls == BREAK)[starts]
    # Each document's units are a stretch of `starts`: where each begins, and how many it has.
    first = np.searchsorted(starts, doc_start)
    per_doc = np.diff(first, append=len(starts))
    doc = np.repeat(np.arange(len(texts), dtype=np.int64), per_doc)
    # A unit's position: its place in its document plus the runs begun before it there (a new run
    # leaves a gap of one, so no bigram spans two runs in a phrase).
    n = len(starts)
    new_run = np.ones(n, dtype=np.int64)
    if n:
        new_run[1:] = run[1:] != run[:-1]
    runs_so_far = np.cumsum(new_run)
    at_first = runs_so_far[np.minimum(first, max(n - 1, 0))] if n else first
    pos = np.arange(n, dtype=np.int64) + runs_so_far - np.repeat(first + at_first, per_doc)
    keep = pos < MAX_POSITIONS
    if not keep.all():
        ids, doc, pos, run = ids[keep], doc[keep], pos[keep], run[keep]
    pair = np.flatnonzero(run[1:] == run[:-1]) if len(run) > 1 else np.zeros(0, dtype=np.int64)
    bi_doc = doc[pair]
    return Tokens(doc, ids, bi_doc, (ids[pair] << UNIT_BITS) | ids[pair + 1], pos[pair],
                  np.bincount(bi_doc, minlength=len(texts)).astype(np.int64))


def cut_apart(fields: list[list[str]], vocab: Vocabulary) -> list[Tokens]:
    """`cut` of each list of texts (the short fields of a batch of documents), as one cut of them all: what
    one call costs beyond its characters is paid once. The words are met in the same order, so they get the
    same ids as in a call for each list."""
    tok = cut([text for texts in fields for text in texts], vocab)
    bounds = np.cumsum([0, *map(len, fields)])
    units = np.searchsorted(tok.uni_doc, bounds)
    bigrams = np.searchsorted(tok.bi_doc, bounds)
    return [Tokens(tok.uni_doc[u:v] - lo, tok.uni_id[u:v], tok.bi_doc[b:c] - lo, tok.bi_key[b:c], tok.bi_pos[b:c],
                   tok.n_bigrams[lo:hi])
            for lo, hi, u, v, b, c in zip(bounds[:-1].tolist(), bounds[1:].tolist(), units[:-1].tolist(),
                                          units[1:].tolist(), bigrams[:-1].tolist(), bigrams[1:].tolist())]
