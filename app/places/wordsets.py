"""Which of a few words a text holds, found in one pass.

A rule that only asks whether a text holds any of its words (附近有, 毗邻, 社区 …) would search the text
with a pattern for each kind of word, every pattern a pass over the whole text; one Aho-Corasick
automaton over all the words (in Rust, as the gazetteer's forms) finds every occurrence at once,
overlaps included, and Python sees only the few words found.
"""

import re
from collections.abc import Iterable

import ahocorasick_rs

_SURROGATES = re.compile("[\ud800-\udfff]")


class WordSet:
    """A fixed set of words to look for."""

    def __init__(self, words: Iterable[str]):
        self.words = tuple(dict.fromkeys(words))
        self._scanner = _scanner(self.words)
        self._asked = frozenset(self.words)

    def found_in(self, text: str) -> set[str]:
        """The words that occur in `text`. (Found as words, not places: the places cost a table from each byte of
        the text to its character, as long as the text's UTF-8 eight times over.) Several rules ask this of the
        same text, each of its own words: one pass over the text finds the words of every set asked so far."""
        if not text:
            return set()
        if not self._asked <= _ASKED.words:
            _ASKED.add(self._asked)
        return _ASKED.found_in(text) & self._asked

    def occurrences(self, text: str) -> list[tuple[int, int, int]]:
        """Every occurrence of a word in `text`, overlaps included, in the order of their ends: (the word's
        number in `words`, start, end)."""
        if not text:
            return []
        return _scanned(self._scanner.find_matches_as_indexes, text)


def _scanned(find, text: str) -> list:
    """`find(text, overlapping=True)`; a text holding a lone surrogate, which the automaton cannot encode, is
    scanned with U+FFFD in its place (no word holds one, so it stands for any other character)."""
    try:
        return find(text, overlapping=True)
    except UnicodeEncodeError:
        return find(_SURROGATES.sub("\ufffd", text), overlapping=True)


def _scanner(words: Iterable[str]) -> ahocorasick_rs.AhoCorasick:
    # (the words kept in the automaton, handed out as they are by `found_in`; a DFA, which takes the fewest steps a
    # byte: the library chooses an NFA for this many words, but the few hundred short ones make a DFA under a megabyte)
    return ahocorasick_rs.AhoCorasick(list(words), matchkind=ahocorasick_rs.MatchKind.Standard, store_patterns=True,
                                      implementation=ahocorasick_rs.Implementation.DFA)


class _Asked:
    """The words of every set `found_in` was asked of, in one automaton, and what it found in the last few texts."""

    def __init__(self) -> None:
        self.words: frozenset[str] = frozenset()
        self._scanner: ahocorasick_rs.AhoCorasick | None = None
        self._found: dict[str, set[str]] = {}

    def add(self, words: frozenset[str]) -> None:
        self.words |= words
        self._scanner = _scanner(sorted(self.words))
        self._found.clear()

    def found_in(self, text: str) -> set[str]:
        found = self._found.get(text)
        if found is None:
            if len(self._found) >= _TEXTS_KEPT:
                self._found.clear()
            found = self._found[text] = set(_scanned(self._scanner.find_matches_as_strings, text))
        return found


_ASKED = _Asked()
_TEXTS_KEPT = 256  # a few pages' fields (all are let go once full: at 64 often amid a page, scanned again when asked)
