"""Aid between places: the helpers' places are where they come from, the place helped is where the news is.

A text of the helpers' home (某商会…与某市某县某镇某村结对帮扶; 某市对口帮扶的某市某区某社区…) tells of
work done in the place it helps, as a delegation's paper tells of its visit: the place helped is the host, and the
helpers' own places (and those around them) are the visitors'. Only where the two lie apart: a county helping one
of its own towns is its own news.
"""

import re
from dataclasses import replace

from .gazetteer import Gazetteer
from .resolve import Resolved
from .trips import apart
from .wordsets import WordSet

# the place right after these is the one helped: 对口帮扶的某县, 结对帮扶的某区, 援建的某村
_HELPED_BEFORE = re.compile(r"(?:帮扶|支援|援助|援建)的")
# or a partner written after 与 (or 和), when its clause goes on to the aid: 与某县某镇某村结对帮扶 (not 某市与某省
# 相隔很远,但在对口支援上…: the two sides at once)
_WITH = re.compile("[与和]")  # 某县与某县的东西部协作, 某县和某县结对帮扶
_CLAUSE_END = re.compile(r"[,;:,;:。!?！？\n]")
_AID_AFTER = re.compile(r"结对|帮扶|对口|援建|共建|协作")
_AID_WORDS = WordSet(("帮扶", "支援", "援助", "援建", "结对", "协作"))  # a body holding none tells of no aid (most)


def with_aid_partners(gazetteer: Gazetteer, places: list[Resolved]) -> list[Resolved]:
    """The places, the one a body's sentence says is helped marked as the host and the places named before it in
    that sentence, apart from it, as the visitors'."""
    body = next((p.match.folded for p in places if p.match.field == "body"), None)
    if body is None or not _AID_WORDS.found_in(body):  # (the shared word pass: no search of its own)
        return places
    starts = {p.match.start: p for p in places if p.match.field == "body"}
    helped: set[int] = set()
    helpers: set[int] = set()
    for at in _helped_at(body):
        place = starts.get(at)
        if place is None:
            continue
        begun = max(body.rfind(mark, 0, at) for mark in "。!?！？\n") + 1
        givers = [p for p in places if p.match.field == "body" and begun <= p.match.start < at
                  and apart(gazetteer, p.code, place.code)]  # (not the province around both)
        if givers:
            helped.add(at)
            helpers.update(p.match.start for p in givers)
    if not helped:
        return places
    return [replace(p, match=replace(p.match, host=True)) if _body_at(p, helped) else
            replace(p, match=replace(p.match, visitors=True)) if _body_at(p, helpers) else p for p in places]


def _helped_at(body: str) -> list[int]:
    """Where a place helped would start: right after 帮扶的 (and the like), or after a 与 whose clause goes on to
    the aid (与某县结对帮扶)."""
    found = [m.end() for m in _HELPED_BEFORE.finditer(body)]
    for partner in _WITH.finditer(body):
        end = _CLAUSE_END.search(body, partner.end())
        if _AID_AFTER.search(body, partner.end(), end.start() if end else len(body)):
            found.append(partner.end())
    return found


def _body_at(place: Resolved, starts: set[int]) -> bool:
    return place.match.field == "body" and place.match.start in starts

