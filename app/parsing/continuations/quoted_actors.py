"""A continuation at a paragraph break told by the person it quotes (`reunite._tail_owner` asks).

An article stopped after a finished paragraph, with no credit and no closing paragraph, that introduced a
person (`老渔民孟庆余`, a fisherman introduced by a common noun, not a post) may go on under the item printed
after it. Its rest opens with no headline of its own and quotes that person by name (`……”孟庆余笑着说`), one the
item between never named: a reader puts the rest back where the person was met. A name alone is the evidence
here, so the rest must quote the person (the name, a few words, then a verb of saying), the name must not be a
dictionary word (`孟家`), it must be introduced in the earlier article right after a common noun (not only quoted
there: a speaker's name after a quotation is any report's), and named nowhere in what the host printed above the
rest, its headline included.

The verb may be missing where the paragraph opens on a quotation and names its speaker right after the closing mark
(`“……。”某某掩不住笑意,…`): the name right after the quotation a paragraph opens with is the one who said it.

So may a rest whose first sentence names a person the earlier article calls by `老` or `小` and a surname (`老常`,
`小李`; no time word, no common word, no word's opening: `老党员`), where the host above never does: a feature
following one person calls him so throughout."""

import re

from app.people.lexicon import SURNAMES
from app.people.names import dictionary, surname_length

HAN_LETTERS = re.compile(r"[\u3400-\u9fff]+")
_BEFORE_VERB = 6  # letters between a name and its verb of saying (`某某不无自豪地说`)
_VERB = re.compile(r"说|表示|介绍|告诉|坦言|感慨")
SAYS = re.compile(rf"[^,。!?;:、“”\s]{{0,{_BEFORE_VERB}}}?(?:{_VERB.pattern})")  # a name's words to its verb


def quotes_its_actor(paragraph: str, earlier: str, kept: str) -> bool:
    """Does a paragraph quote, by a name of two or three letters opening with a surname, a person the earlier
    article (`earlier`, its text) names and the host above the paragraph (`kept`) never names?"""
    # (only the few letters before a verb of saying are looked at: most paragraphs quote no one)
    starts = {k for verb in _VERB.finditer(paragraph)
              for k in range(max(0, verb.start() - _BEFORE_VERB - 3), verb.start() - 1)}
    speaker = _speaker_after_opening_quote(paragraph)
    for k in sorted(starts | {speaker} - {-1}):
        surname = surname_length(paragraph, k)
        for length in (surname + 1, surname + 2) if surname else ():
            if ((k == speaker or SAYS.match(paragraph, k + length)) and len(name := paragraph[k:k + length]) == length
                    and name not in kept and _stands_alone(paragraph, k, length)
                    and introduced_by_a_noun(name, earlier)):
                return True
    return False


def _speaker_after_opening_quote(paragraph: str) -> int:
    """Where the name right after the quotation a paragraph opens with would stand (`“……。”某某…`), or -1."""
    if not paragraph.startswith("“"):
        return -1
    close = paragraph.find("”")
    return close + 1 if close > 0 and paragraph[close - 1] in "。!?" else -1


def _stands_alone(text: str, k: int, length: int) -> bool:
    """A name that is no word and holds none across either end (`相关|负责人`, `刘大|川`, `向|记者`: words, not a
    name's letters)."""
    name = text[k:k + length]
    if HAN_LETTERS.fullmatch(name) is None:
        return False
    words = dictionary()
    return (text[k - 1:k + 1] not in words and name not in words
            and text[k + length - 1:k + length + 1] not in words
            and (length < 3 or text[k + 1:k + 3] not in words))


def introduced_by_a_noun(name: str, earlier: str) -> bool:
    """Does the earlier text introduce the name right after a common noun (`渔民孟庆余`, `村民…`, `大姐…`): the person
    the article met, not a speaker named after a quotation (`……。”某某说`), whom any report may have."""
    words, at = dictionary(), earlier.find(name)
    while at >= 2:
        entry = words.get(earlier[at - 2:at])
        if entry is not None and entry[1] == "n":
            return True
        at = earlier.find(name, at + 1)
    return False


_FAMILIAR = re.compile(r"[老小][\u3400-\u9fff]")  # `老常`, `小李`: a person called by a surname
_FIRST_SENTENCE = re.compile(r"[^。!?]*")
_COMMON_WORD = 500  # a dictionary word this frequent is a common word (`老师`, `小康`), not a person's call


def names_its_familiar(paragraph: str, earlier: str, kept: str) -> bool:
    """Does the paragraph's first sentence name, by `老`/`小` and a surname, a person the earlier article calls so and
    the host above (`kept`) never does?"""
    sentence = _FIRST_SENTENCE.match(paragraph).group()
    words = dictionary()
    for m in _FAMILIAR.finditer(sentence):
        name = m.group()
        entry = words.get(name)
        after = sentence[m.start() + 1:m.end() + 1]  # (`老党员`: the surname's letter opens a word, `党员`)
        if (name[1] in SURNAMES and (entry is None or entry[1] != "t" and entry[0] < _COMMON_WORD)
                and after not in words and sentence[m.start():m.end() + 1] not in words
                and name not in kept and name in earlier):
            return True
    return False
