"""The rest of an interrupted article, printed after the piece between, may open with its next part's head. That
head picks up words of its own article's headline (`整治听取民声` under `在整治中,…又听取民声解民忧`), as a feature's
part heads name sides of its subject, and far fewer of the headline of the piece it is printed under: the reader
follows those words back to the article they come from, and the head and the text under it go on with that article,
not with the piece between (which an interruption at a paragraph break leaves with finished text: nothing else
tells). So does a head opening with the word the earlier article's last paragraph ended on in quotes (`…拥有大片
林地的“林主”。`, then after the piece between, closed by its credit, `林主已出现`): the article led into its next part
with that word, and the head heads that part, whatever new places the text under it names."""

import re

from ..similarity import headline_bigrams
from .heads_of_one_form import heads_of_its_form

_QUOTED_LAST = re.compile(r"“([\u3400-\u9fff]{2,6})”[。!]?$")  # (`…的“林主”。`: the word the paragraph ends on)

HEADLINE_WORDS = 2  # more of a headline's bigrams than the piece between shares: the head's own article


def article_headed_again(cur, running: list, units: list):
    """The running article printed before `cur` (`running`: the latest first) whose headline the head in `units` picks
    up words of, at least HEADLINE_WORDS more than of `cur`'s; None if none does. (Only an article begun before the
    piece it is printed under can be the one that piece interrupted.)"""
    if not cur.headline:
        return None
    at = next((i for i, d in enumerate(running) if d is cur), -1)
    words = headline_bigrams(" ".join(u.folded for u in units))
    under = len(words & headline_bigrams(cur.heading()))
    return next((d for d in running[at + 1:] if d.headline and not d.ends_unfinished
                 and (len(words & headline_bigrams(d.heading())) >= under + HEADLINE_WORDS
                      or ended_on_the_heads_word(units, d) or heads_of_its_form(units, d, cur))), None)


def ended_on_the_heads_word(units: list, d) -> bool:
    """Did `d`'s last paragraph end on a quoted word (`…的“林主”。`) that the one-line head in `units` opens with?"""
    word = _QUOTED_LAST.search(d.paragraphs[-1].folded.rstrip()) if len(units) == 1 and d.paragraphs else None
    return word is not None and units[0].folded.lstrip().startswith(word.group(1))


def shut_for_the_head(cur, running: list, units: list) -> bool:
    """`cur` is closed (by its credit) and no article begun before it, still open, ended on the word the head opens
    with: the head and its text go on with nothing above."""
    return cur.closed and not any(d is not cur and d.headline and not d.closed and not d.ends_unfinished
                                  and ended_on_the_heads_word(units, d) for d in running)
