"""Permanent article ids, derived from what an article is rather than from when it was stored.

An article's id is a hash of its page's identity (the page file's path under the ingested folder),
its kind and its text (title and body, folded to letters and digits so that re-joined lines,
spacing and punctuation moves do not count), cut to 53 bits: a positive integer that JavaScript
and every JSON reader hold exactly. The same page file therefore gives the same ids on every
re-ingest, reindex, retag and rebuild into a fresh database. When an article's text really changes,
its old id is remembered with the article(s) that now carry most of its text (its successors).
"""

import hashlib
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from app.text import nfkc

ID_BITS = 53  # Number.MAX_SAFE_INTEGER in JavaScript is 2**53 - 1
SHINGLE = 4  # characters per shingle when comparing an old article with the new ones
SUCCESSOR_OVERLAP = 0.5  # share of the smaller text's shingles that makes a new article a successor


def identity_text(title: str | None, body: str) -> str:
    """Title and body folded to letters and digits only: what the article says, not how it is laid out.

    Only Unicode's own normalisation (NFKC, case folding) is used, never a conversion table that a library
    upgrade could change: the ids must not move when a dependency does."""
    return letters_and_digits(_folded(title, body))


def _folded(title: str | None, body: str) -> str:
    return nfkc(f"{title or ''}{body}").casefold()


@lru_cache(maxsize=1)
def _alnum_bmp() -> np.ndarray:
    return np.fromiter((chr(c).isalnum() for c in range(0x10000)), dtype=bool, count=0x10000)


def letters_and_digits(text: str) -> str:
    """The characters of `text` that str.isalnum keeps, in order: looked up in a table of the Basic
    Multilingual Plane as an array (a page's text is mostly CJK with punctuation every few characters,
    which a regular expression's substitution pays for piece by piece), the rare others one by one."""
    cp = _code_points(text)
    return cp[_alnum(cp)].tobytes().decode("utf-32-le", "surrogatepass")


def identity_texts_of(articles: Sequence[tuple[str | None, str]]) -> list[str]:
    """`identity_text` of each (title, body) of a page: the letters and digits of all of them picked out in one
    pass over their folds put end to end (the array work of a pass costs about as much for an article as for a
    page), then cut apart where each article's ends."""
    folded = [_folded(title, body) for title, body in articles]
    cp = _code_points("".join(folded))
    keep = _alnum(cp)
    # Characters kept before each article's end (a code point is a character of the str, surrogates too).
    kept_before = np.concatenate(([0], np.cumsum(keep)))
    ends = kept_before[np.cumsum([len(text) for text in folded], dtype=np.int64)].tolist()
    letters = cp[keep].tobytes().decode("utf-32-le", "surrogatepass")
    return [letters[start:end] for start, end in zip([0, *ends], ends)]


def _code_points(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _alnum(cp: np.ndarray) -> np.ndarray:
    """Which of these code points str.isalnum keeps."""
    keep = _alnum_bmp()[np.minimum(cp, 0xFFFF)]
    beyond = np.flatnonzero(cp > 0xFFFF)
    if len(beyond):
        keep[beyond] = [chr(c).isalnum() for c in cp[beyond].tolist()]
    return keep


def hashed_id(key: str) -> int:
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    return (int.from_bytes(digest[:8], "big") >> (64 - ID_BITS)) or 1


def article_ids(page_file: str, articles: Sequence[tuple[str, str | None, str]],
                taken: frozenset[int] = frozenset()) -> list[int]:
    """Ids for a page's (kind, title, body) articles, in order (see `ids_of`)."""
    return ids_of(page_file, [(kind, identity_text(title, body)) for kind, title, body in articles], taken)


def ids_of(page_file: str, articles: Sequence[tuple[str, str]], taken: frozenset[int] = frozenset()) -> list[int]:
    """Ids for a page's articles given as (kind, identity text), in order.

    The same text printed twice on one page is told apart by its repeat number; an id already held by
    an article of another page (a 53-bit coincidence) is hashed again with a salt.
    """
    seen: dict[str, int] = {}
    ids: list[int] = []
    for kind, text in articles:
        key = f"{page_file}\n{kind}\n{text}"
        repeat = seen.get(key, 0)
        seen[key] = repeat + 1
        salt = 0
        while True:
            candidate = hashed_id(f"{key}\n{repeat}\n{salt}" if repeat or salt else key)
            if candidate not in taken and candidate not in ids:
                break
            salt += 1
        ids.append(candidate)
    return ids


def shingles(text: str) -> set[str]:
    if len(text) <= SHINGLE:
        return {text} if text else set()
    return {text[i:i + SHINGLE] for i in range(len(text) - SHINGLE + 1)}


def successors(old: dict[int, str], new: dict[int, str]) -> dict[int, list[int]]:
    """For each old article (id → identity text) no longer present, the new articles carrying its text.

    A new article succeeds an old one when at least half of the smaller text's shingles are shared:
    an edited article has one successor, a split one several, merged ones the same one. An old article
    none of the new ones resembles has no successor (it is gone).
    """
    new_shingles = {i: shingles(text) for i, text in new.items()}
    found: dict[int, list[int]] = {}
    for old_id, text in old.items():
        if old_id in new:
            continue
        mine = shingles(text)
        found[old_id] = [
            new_id for new_id, theirs in new_shingles.items()
            if mine and theirs and len(mine & theirs) >= SUCCESSOR_OVERLAP * min(len(mine), len(theirs))
        ]
    return found
