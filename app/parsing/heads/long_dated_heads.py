"""The heads of a dated feature's parts (`新华网…电 …` over `新产业新业态带旺乡村集市`, then its text).

A dated feature heads its parts with short phrases (`shapes.heads_a_dated_part`); a longer one-phrase line between its
paragraphs is more often the next item's headline. What still tells a part head: it picks up a word of the feature's
own headline (`…柳湾乡村新面貌` over `…带旺乡村集市`), as the parts of one story each name a side of its subject, while
the next item's headline is about its own. Either head names no place, and the text under it goes on where the feature
is: a first sentence naming a town the feature never named (`…便来到了白沙镇,…`; a village or an estate the
feature's parts go on in) is the lead of the next item, which a short headline of a dated part's shape heads
(`竹溪水畔换新装`)."""

import re

from ..shapes import DATED_HEAD_MAX, heads_a_dated_part
from ..similarity import compact, place_names, shared_bigrams

LONG_PART_HEAD_MAX = 14  # letters in a dated feature's longest one-phrase part head
_ONE_PHRASE = re.compile(r"[\u3400-\u9fff]+")
_TOWN_WORDS = ("镇", "乡", "街道")  # a town the text goes to; a feature's part goes on in its villages and estates


def heads_a_dated_features_part(folded: str, feature, opening: str) -> bool:
    """Does the head `folded` over text opening with `opening` head a part of the dated feature (a `Draft`) above?"""
    if place_names(folded) or not (heads_a_dated_part(folded) or heads_a_long_dated_part(folded, feature.heading())):
        return False
    first, above = opening.split("。", 1)[0], compact(feature.heading() + feature.body_text())
    return not any(key not in above and any(key + word in first for word in _TOWN_WORDS)
                   for key in place_names(first, towns_only=True))


def heads_a_long_dated_part(folded: str, heading: str) -> bool:
    """One phrase of nine to fourteen letters sharing a two-letter word with the feature's headline `heading`."""
    head = folded.strip()
    return (DATED_HEAD_MAX < len(head) <= LONG_PART_HEAD_MAX and _ONE_PHRASE.fullmatch(head) is not None
            and shared_bigrams(head, compact(heading)) > 0)
