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
        # (the words kept in the automaton, handed out as they are by `found_in`)
        self._scanner = ahocorasick_rs.AhoCorasick(list(self.words), matchkind=ahocorasick_rs.MatchKind.Standard,
                                                   store_patterns=True)

    def found_in(self, text: str) -> set[str]:
        """The words that occur in `text`. (Found as words, not places: the places cost a table from each byte of
        the text to its character, as long as the text's UTF-8 eight times over.)"""
        if not text:
            return set()
        try:
            return set(self._scanner.find_matches_as_strings(text, overlapping=True))
        except UnicodeEncodeError:  # a lone surrogate, as in `occurrences`
            return set(self._scanner.find_matches_as_strings(_SURROGATES.sub("\ufffd", text), overlapping=True))

    def occurrences(self, text: str) -> list[tuple[int, int, int]]:
        """Every occurrence of a word in `text`, overlaps included, in the order of their ends: (the word's
        number in `words`, start, end)."""
        if not text:
            return []
        try:
            return self._scanner.find_matches_as_indexes(text, overlapping=True)
        except UnicodeEncodeError:  # a lone surrogate: no word holds one, so it stands for any other character
            return self._scanner.find_matches_as_indexes(_SURROGATES.sub("\ufffd", text), overlapping=True)
