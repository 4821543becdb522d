"""The rest of a sentence the columns broke off, printed lower on the page.

An article cut off mid-sentence by an interruption (`…却一直没怎么`) goes on where a paragraph opens with the few
letters that close that sentence (`养活过。搬到乡下…`): no paragraph of a report opens on a sentence of two to four
letters. A paragraph of the item printed between that opens a sentence of its own is no rest of it, however well
its words would run on, while such a closing piece waits further down (`reunite.return_continuations`). So with a
paragraph that opens on the particle `的` (`的老毛病,…` under `…也改掉了不少人多年`): no sentence opens on it, a word
opening with it aside (`的确`), and the paragraphs of the item between above it stay that item's."""

import re

from app.people.names import dictionary

from ..drafts import Draft

# `养活过。…`, `才好!…`: two to four letters, then the stop that ends the sentence they close
_SENTENCE_END_FIRST = re.compile(r"^[\u3400-\u9fff]{2,4}[。!?]")


def opens_on_a_sentences_end(folded: str) -> bool:
    """Does this paragraph open with the last letters of a sentence begun elsewhere (`养活过。搬到…`)?"""
    return _SENTENCE_END_FIRST.match(folded.lstrip()) is not None


def opens_on_the_particle(folded: str) -> bool:
    """Does this paragraph open on the particle `的` with no word of the dictionary opening there (`的确`, `的士`)?"""
    opening = folded.lstrip()[:3]
    return (opening[:1] == "的" and len(opening) == 3 and opening[1:].isalpha()
            and opening[:2] not in dictionary() and opening not in dictionary())


def _goes_on_a_sentence(folded: str) -> bool:
    return opens_on_a_sentences_end(folded) or opens_on_the_particle(folded)


def sentence_rest_further_down(drafts: list[Draft], at: int, k: int, target: Draft) -> bool:
    """`target` broke off mid-sentence, the paragraph k of the article at `at` offered to it opens a sentence of its
    own, and a paragraph printed after it, in that article or a later one, opens on a sentence's end or on the
    particle `的`."""
    host = drafts[at]
    if not target.ends_unfinished or _goes_on_a_sentence(host.paragraphs[k].folded):
        return False
    later = [*host.paragraphs[k + 1:], *(p for draft in drafts[at + 1:] for p in draft.paragraphs[1:])]
    return any(not p.section and _goes_on_a_sentence(p.folded) for p in later)


def piece_over_a_sentences_end(host: Draft, k: int) -> bool:
    """The paragraph after k opens on the end of a sentence or on the particle `的`: it is what goes on with the broken
    one, so paragraph k is no piece finishing that sentence."""
    return k + 1 < len(host.paragraphs) and _goes_on_a_sentence(host.paragraphs[k + 1].folded)
