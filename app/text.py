"""The one text fold of the archive: width, traditional → simplified, CJK character classes.

Pages come with full-width or half-width punctuation and in simplified or traditional characters.
Every decision (parsing, place tagging, search) is made on a folded copy, in two views:

- `fold` keeps the length, so a span found in the folded copy cuts the printed text at the same
  offsets: NFKC one character at a time (a character whose NFKC would expand, … to ..., keeps its
  printed form), then OpenCC's t2s with its phrase tables, which know that simplified Chinese prints
  乾隆 and 乾坤 as they are but 乾燥 as 干燥. OpenCC keeps the length of almost all Chinese; a line where
  it does not is converted one character at a time instead.
- `search_fold` (the search index and its queries) works one character at a time, so that a query
  folds the same way as the stretch of text it is part of, wherever that stretch begins or ends
  (Ctrl-F semantics; a phrase table would fold 乾 alone and 乾 in 乾隆 differently). So 乾隆 is
  indexed and queried alike as 干隆: the folded form is never shown, and 乾隆 is found as typed,
  in either script. It also lower-cases and lets characters expand; `search_fold_with_offsets` maps
  every folded character back to the printed one it came from.
"""

from functools import lru_cache
from itertools import chain, repeat
from operator import add
from collections.abc import Sequence
import re
import unicodedata

import opencc

from .t2s_changes import CHANGING, CHANGING_IN_PHRASES_ONLY, PHRASES_CHANGING_THEM

_T2S = opencc.OpenCC("t2s")


def _any_of(characters: str) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(c) for c in characters if c <= "\uffff") + "\U00010000-\U0010ffff]")


# Any character t2s may change: a text without one is its own conversion (one search, much quicker than OpenCC).
# Every character beyond the Basic Multilingual Plane counts as one: a class of only BMP characters and one
# range is searched through a bitmap, a class listing characters beyond it one by one is not.
_T2S_CHANGES = _any_of(CHANGING)


# A text whose only such characters are some that t2s changes only inside a phrase (覆, 沈, 么 …) is its own
# conversion too when it holds none of those phrases. Each phrase holds one of those characters at least, so it
# is looked for only where one stands: by the character, its place in the phrase and the phrase's length, one
# set of phrases each (a search of the whole text for all 214 phrases cost as much as the rest of the fold: many
# texts hold 坏 or 沈, which some phrases hold).
def _phrases_around() -> dict[str, list[tuple[int, int, frozenset[str]]]]:
    found: dict[str, dict[tuple[int, int], set[str]]] = {}
    for phrase in PHRASES_CHANGING_THEM:
        for at, char in enumerate(phrase):
            if char in CHANGING_IN_PHRASES_ONLY:
                found.setdefault(char, {}).setdefault((at, len(phrase)), set()).add(phrase)
    return {char: [(at, at - length, frozenset(phrases)) for (at, length), phrases in sorted(by_place.items())]
            for char, by_place in found.items()}


_PHRASES_AROUND = _phrases_around()  # each such character: (its place in them, that less their length, phrases)


def _t2s_may_change(text: str) -> bool:
    first = _T2S_CHANGES.search(text)
    if first is None or first.group() not in CHANGING_IN_PHRASES_ONLY:
        return first is not None
    for found in _T2S_CHANGES.finditer(text, first.start()):
        around = _PHRASES_AROUND.get(found.group())
        if around is None:  # one that t2s changes alone
            return True
        start = found.start()
        if any(start >= before and text[start - before:start - after] in phrases for before, after, phrases in around):
            return True
    return False


# Characters that are units on their own in search, and that the parser treats as Chinese text.
# A regex class fragment.
CJK = (
    "\u2e80-\u2fdf"  # radicals
    "\u3005-\u3007"  # 々 〆 〇
    "\u3040-\u30ff"  # kana
    "\u3100-\u312f\u31a0-\u31bf"  # bopomofo
    "\u3400-\u4dbf\u4e00-\u9fff"  # Han
    "\uac00-\ud7af"  # hangul
    "\uf900-\ufaff"  # compatibility ideographs (NFKC maps most away)
    "\U00020000-\U0003ffff"  # Han extensions B..H
)


def all_han(text: str) -> bool:
    """Whether every character of `text` is a Han letter (the common block and extension A), as a name's or a word's
    letters are; an empty text is."""
    return all("\u3400" <= c <= "\u9fff" for c in text)


@lru_cache(maxsize=65536)
def fold_char(ch: str) -> str:
    """NFKC, then traditional → simplified, of one character seen alone (may be several characters
    long): the search fold."""
    folded = unicodedata.normalize("NFKC", ch)
    if len(folded) == 1:
        folded = _T2S.convert(folded) or folded
    return folded


class _WidthTable(dict):
    """str.translate table: NFKC of each character where it stays one character."""

    def __missing__(self, code: int) -> str:
        folded = unicodedata.normalize("NFKC", chr(code))
        self[code] = folded = folded if len(folded) == 1 else chr(code)
        return folded


_WIDTH = _WidthTable()


# The characters of the Basic Multilingual Plane whose NFKC is something else (full-width forms,
# compatibility ideographs, …), listed once.
_CHANGED_BY_NFKC = [c for c in map(chr, range(0x10000)) if not "\ud800" <= c <= "\udfff"
                    and c != unicodedata.normalize("NFKC", c)]
# Those, and every character beyond the plane (looked up as they come). A page has few of them, so a
# search for them is much cheaper than a table lookup for every character.
_NFKC_CHANGES = re.compile("[" + "".join(map(re.escape, _CHANGED_BY_NFKC)) + "\U00010000-\U0010ffff]")


def _narrow(found: re.Match[str]) -> str:
    return _WIDTH[ord(found.group())]


def width_fold(text: str) -> str:
    """Each character as its NFKC where that is one character (full-width forms, compatibility
    ideographs …), the others as they are: the same length. A text NFKC leaves as it is holds none of
    them (a character NFKC changes alone never stands in NFKC's output), and that is asked in C, through
    Unicode's quick-check table, for much less than a search of the pattern's class."""
    # The full-width comma, in nearly every line of Chinese, is narrowed first (in C; a text without one is
    # given back as it is): most lines then hold nothing else NFKC changes, told by one quick check.
    narrowed = text.replace("，", ",")
    return narrowed if unicodedata.is_normalized("NFKC", narrowed) else _NFKC_CHANGES.sub(_narrow, narrowed)


@lru_cache(maxsize=4096)
def _char_nfkc(char: str) -> str:
    return unicodedata.normalize("NFKC", char)


def nfkc(text: str) -> str:
    """unicodedata.normalize("NFKC", text), quicker for page text: each character NFKC changes on its own
    is replaced by its NFKC first (the whole keeps its decomposition, so its NFKC), which leaves a
    string NFKC mostly finds normalised at a glance; otherwise it would normalise the whole text."""
    return unicodedata.normalize("NFKC", _NFKC_CHANGES.sub(lambda found: _char_nfkc(found.group()), text))


@lru_cache(maxsize=65536)
def _simplified_char(ch: str) -> str:
    converted = _T2S.convert(ch)
    return converted if len(converted) == 1 else ch


@lru_cache(maxsize=4096)
def _simplified(line: str) -> str:
    """OpenCC's phrase-aware t2s of one line, or character by character where it would change the
    line's length."""
    converted = _T2S.convert(line)
    if len(converted) == len(line):
        return converted
    return "".join(map(_simplified_char, line))


@lru_cache(maxsize=1)
def _t2s_may_touch():  # -> a numpy array of flags
    """By code point, whether a character's width fold is one t2s may change (`CHANGING`); the last entry
    stands for every character beyond the Basic Multilingual Plane, which all may. Made on first use."""
    import numpy as np

    table = np.zeros(0x10001, bool)
    table[[ord(c) for c in CHANGING if c <= "\uffff"]] = True
    table[[ord(c) for c in _CHANGED_BY_NFKC if _T2S_CHANGES.match(_WIDTH[ord(c)])]] = True
    table[0x10000] = True
    return table


def lines_t2s_may_change(lines: list[str]) -> list[bool]:
    """For each line, whether its width fold holds a character t2s may change: where none does, `fold` is
    the width fold alone. All the lines looked at in one pass (numpy), for much less than a search of each."""
    import numpy as np

    codes = np.frombuffer("\n".join(lines).encode("utf-32-le", "surrogatepass"), "<u4")
    where = np.flatnonzero(_t2s_may_touch().take(codes, mode="clip"))  # (beyond the plane: the last entry)
    flags = [False] * len(lines)
    if len(where):
        ends = np.cumsum(np.fromiter(map(len, lines), np.intp, len(lines)) + 1)  # past each line's break
        for line in np.searchsorted(ends, where, "right").tolist():
            flags[line] = True
    return flags


def fold(text: str | None) -> str:
    """A copy of `text` with the same length: width folded, traditional → simplified by phrase."""
    if not text:
        return ""
    if text.isascii():
        return text
    narrow = width_fold(text)
    if not _t2s_may_change(narrow):  # most pages: nothing t2s would change
        return narrow
    if "\n" not in narrow:
        return _simplified(narrow)
    # (no phrase of t2s holds a line break: a line that may change holds what may change the whole)
    return "".join([_simplified(line) if _t2s_may_change(line) else line for line in narrow.splitlines(keepends=True)])


class _SearchFoldTable(dict):
    """str.translate table: the fold, lower-cased, computed on first sight of each character."""

    def __missing__(self, code: int) -> str:
        folded = fold_char(chr(code)).lower()
        self[code] = folded
        return folded


_SEARCH_FOLD = _SearchFoldTable()


def search_fold(text: str) -> str:
    """Fold width, script and case, for the search index and its queries."""
    return text.translate(_SEARCH_FOLD)


def search_fold_with_offsets(text: str) -> tuple[str, list[int] | None]:
    """`search_fold(text)` and, when lengths differ, for every folded character the index of the
    printed character it came from (None means the identity, the common case)."""
    folded = text.translate(_SEARCH_FOLD)
    if len(folded) == len(text):
        return folded, None
    # Snippets fold every hit's whole text, so this runs as map() in C rather than a loop per character.
    widths = map(len, map(_SEARCH_FOLD.__getitem__, map(ord, text)))
    return folded, list(chain.from_iterable(map(repeat, range(len(text)), widths)))


def bigrams(units: Sequence[str]) -> list[str]:
    """Adjacent pairs of units (characters of a string, or words of a run)."""
    return list(map(add, units, units[1:]))  # in C: pages and headlines are compared by their bigrams


def strip_aligned(printed: str, folded: str) -> tuple[str, str]:
    """Strip surrounding whitespace from a printed/folded pair by the same offsets."""
    start = len(folded) - len(folded.lstrip())
    end = len(folded.rstrip())
    if end <= start:
        return "", ""
    return printed[start:end], folded[start:end]


# Characters XML 1.0 forbids (C0 controls other than tab and line ends, lone surrogates, U+FFFE/U+FFFF):
# a feed holding one is no longer XML. They carry nothing a reader can see.
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def strip_xml_forbidden(text: str) -> str:
    return _XML_FORBIDDEN.sub("", text)
