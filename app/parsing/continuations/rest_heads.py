"""The rest of an interrupted article, printed after the piece between, may open with its next part's head. That
head picks up words of its own article's headline (`整治听取民声` under `在整治中,…又听取民声解民忧`), as a feature's
part heads name sides of its subject, and far fewer of the headline of the piece it is printed under: the reader
follows those words back to the article they come from, and the head and the text under it go on with that article,
not with the piece between (which an interruption at a paragraph break leaves with finished text: nothing else
tells)."""

from ..similarity import headline_bigrams

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
                 and len(words & headline_bigrams(d.heading())) >= under + HEADLINE_WORDS), None)
