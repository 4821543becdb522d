"""Where a person's name starts and ends, right after a post (区委书记胡拥军督查…).

A name is a surname (single or compound) and one or two more characters. Which length it has
is read from what follows: grammar that never ends a given name (说, 在, 的 …), punctuation,
or a verb that opens the rest of the clause (介绍, 表示, 调研 …). A candidate that is a common
word in the segmenter's dictionary (项目, 班子, 常务) is not a name; one the dictionary knows
as a name is. When the text leaves both lengths open, the form the article repeats wins.
"""

import os
import re
from functools import lru_cache

from .lexicon import COMPOUND_SURNAMES, NAME_FOLLOWERS, NOT_IN_NAME, PUNCT, SURNAMES, TITLES, LONGEST_TITLE

COMMON_WORD_FREQUENCY = 300  # a dictionary word this frequent is a word, not someone's name
PREFIX_WORD_FREQUENCY = 1000  # … and a three-character candidate opening with one this frequent
_PERSON_TAGS = ("nr", "nrfg", "nrt")
# Characters that end the name before them for certain: they are grammar, never a given name's end.
_GRAMMAR_AFTER_NAME = frozenset("说在的了是等也还就都把被从及并又与率对称向同跟")
_HAN = re.compile("[\u4e00-\u9fff]*")  # the characters a name is written in


@lru_cache(maxsize=1)
def dictionary() -> dict[str, tuple[int, str]]:
    """jieba's word list: word → (frequency, part of speech). Read once per process (~0.2 s)."""
    import jieba  # only for the location of its dictionary file; its segmenter is not started

    words: dict[str, tuple[int, str]] = {}
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as f:
        for line in f:
            word, frequency, tag = line.split(" ")
            if 2 <= len(word) <= 4:
                words[word] = (int(frequency), tag.strip())
    return words


def is_common_word(word: str, frequency: int = COMMON_WORD_FREQUENCY) -> bool:
    entry = dictionary().get(word)
    return entry is not None and entry[1] not in _PERSON_TAGS and entry[0] >= frequency


def is_known_name(word: str) -> bool:
    entry = dictionary().get(word)
    return entry is not None and entry[1] in _PERSON_TAGS and entry[0] < COMMON_WORD_FREQUENCY


def surname_length(text: str, start: int) -> int:
    if text[start:start + 2] in COMPOUND_SURNAMES:
        return 2
    return 1 if text[start:start + 1] in SURNAMES else 0


_TITLE_OPENINGS = frozenset(title[0] for title in TITLES)


def starts_title(text: str, start: int) -> bool:
    return text[start:start + 1] in _TITLE_OPENINGS and any(
        text[start:start + n] in TITLES for n in range(2, LONGEST_TITLE + 1))


_VERB_TAGS = ("v", "vn", "p", "d", "c", "ad")


def opens_clause(word: str, frequency: int = 1000) -> bool:
    """A frequent verb, preposition or adverb (针对, 强调): a name does not end inside it."""
    entry = dictionary().get(word)
    return entry is not None and entry[1] in _VERB_TAGS and entry[0] >= frequency


def _ends_here(text: str, end: int) -> int:
    """How surely a name ends at `end`: 3 grammar, 2 punctuation or end, 1 a following verb, 0 no."""
    if end >= len(text):
        return 2
    if text[end] in _GRAMMAR_AFTER_NAME or opens_clause(text[end:end + 2]):
        return 3
    if PUNCT.match(text, end):
        return 2
    if text.startswith(NAME_FOLLOWERS, end) or starts_title(text, end):
        return 1
    return 0


def _plausible(text: str, start: int, end: int, surname: int) -> bool:
    name = text[start:end]
    if end > len(text) or not _HAN.fullmatch(name) or not NOT_IN_NAME.isdisjoint(name[surname:]):
        return False
    if any(starts_title(text, i) for i in range(start + 1, end)):  # 和副局长: a post, not a name
        return False
    # 项目化: a longer form that starts with a frequent word is that word, not a name.
    return not is_common_word(name) and not (len(name) > 2 and is_common_word(name[:2], PREFIX_WORD_FREQUENCY))


def name_at(text: str, start: int, repeated: str = "", guess: bool = True) -> str | None:
    """The name that starts at `start`, or None. `repeated` is the text the name may recur in;
    `guess`: when nothing shows where the name ends, take three characters rather than none."""
    surname = surname_length(text, start)
    if not surname:
        return None
    short, long = start + surname + 1, start + surname + 2
    options = [end for end in (short, long) if _plausible(text, start, end, surname)]
    if not options:
        return None
    if len(options) == 2 and text[start:long] in repeated.replace(text[start:long], "", 1):
        return text[start:long]  # the article names the longer form again
    scored = [(_ends_here(text, end), end) for end in options]
    if is_known_name(text[start:long]) and long in options:
        return text[start:long]
    best = max(scored, key=lambda s: (s[0], s[1] == short and s[0] == 3))
    if best[0] == 0:
        # Nothing after either form says where the name ends: most names have three characters.
        return text[start:long] if guess and long in options else None
    # A grammar word right after the short form beats punctuation after the long one (黄亮说。).
    if scored[0][1] == short and scored[0][0] == 3:
        return text[start:short]
    return text[start:best[1]]
