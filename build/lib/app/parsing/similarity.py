"""How much two pieces of text share: the cue for reuniting a headline with its body.

A headline names the places, people and things its article is about, so most of its
character bigrams recur in its own body and few in a neighbour's.
"""

import re

from app.text import bigrams as pairs

_NOT_CJK_OR_ALNUM = re.compile(r"[^\u3400-\u9fff0-9A-Za-z]+")


def bigrams(folded: str) -> set[str]:
    compact = _NOT_CJK_OR_ALNUM.sub("", folded)
    return set(pairs(compact))


def affinity(headline_folded: str, body_bigrams: set[str]) -> float:
    """Share of the headline's bigrams that occur in a body (0.0 when it has none)."""
    grams = bigrams(headline_folded)
    if not grams:
        return 0.0
    return len(grams & body_bigrams) / len(grams)
