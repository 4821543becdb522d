"""A folded copy of printed text for making decisions, aligned character by character.

Pages come with full-width or half-width punctuation and in simplified or traditional
characters. The parser and the place tagger decide on a folded copy (NFKC, then traditional
to simplified) whose i-th character corresponds to the i-th printed character, so a span found
in the folded copy cuts the printed text at the same offsets and the output stays as printed.
(Search folds on its own terms, see app.search.analysis: strictly per character and lower-cased,
so that any substring folds the same way wherever it stands.)
"""

from functools import lru_cache
import unicodedata

import opencc

_T2S = opencc.OpenCC("t2s")


@lru_cache(maxsize=65536)
def _nfkc_char(ch: str) -> str:
    folded = unicodedata.normalize("NFKC", ch)
    # Characters that expand (… to ...) keep their printed form so offsets stay aligned.
    return folded if len(folded) == 1 else ch


@lru_cache(maxsize=65536)
def _t2s_char(ch: str) -> str:
    converted = _T2S.convert(ch)
    return converted if len(converted) == 1 else ch


def fold(text: str) -> str:
    """Return a copy of `text` with the same length: NFKC per character, then t2s."""
    if not text:
        return ""
    if text.isascii():
        return text
    nfkc = "".join(map(_nfkc_char, text))
    simplified = _T2S.convert(nfkc)
    if len(simplified) == len(nfkc):
        return simplified
    # A phrase conversion changed the length: fall back to one character at a time.
    return "".join(map(_t2s_char, nfkc))


def strip_aligned(printed: str, folded: str) -> tuple[str, str]:
    """Strip surrounding whitespace from a printed/folded pair by the same offsets."""
    start = len(folded) - len(folded.lstrip())
    end = len(folded.rstrip())
    if end <= start:
        return "", ""
    return printed[start:end], folded[start:end]
