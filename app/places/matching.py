"""Finding the place names written in a text, before deciding which place each one means.

One pass of the gazetteer's automaton gives every known form, overlaps included; the
longest forms win (苏州工业园区 over 苏州, 狼山镇街道 over 狼山镇), and a name that only
starts another word is dropped: 江西银行 is a bank, 长江路 and 南京东路 are streets. A name
followed by 分行, 人社局 or 有限公司 stays, because there it says where the office is.
"""

import re
from dataclasses import dataclass

from .gazetteer import Gazetteer, NameEntry

# Words that, right after a place name, make the name part of another proper noun.
_NAME_FORMING = re.compile(
    r"(?:[东西南北中]?路|大道|大街|街(?!道)|巷|弄|银行|农商行|大学|学院|中学|小学|医院"
    r"|日报|晚报|电视台|机场|[东西南北]?站|籍|队)"
)


# Right after a place name: a zone named after it (吕四港经济开发区), spanning more than the town.
_ZONE = re.compile(r"(?:经济技术开发区|经济开发区|经开区|高新技术产业开发区|高新区|开发区|工业园区)")
# Right after a place name: the visitors come from there (咸阳市党政代表团来我市考察).
_VISITORS = re.compile(r"[市县区镇]?(?:党政|政府|人大|政协|经贸|企业家)?(?:代表团|考察团|访问团|参观团|观摩团)")


@dataclass(frozen=True)
class NameMatch:
    field: str  # kicker | title | subtitle | body
    start: int
    end: int
    text: str
    entries: tuple[NameEntry, ...]
    opening: bool = False  # in the body's opening sentence
    zone: bool = False  # names a zone called after the place
    visitors: bool = False  # says where visitors come from, not where the article is


def find_names(gazetteer: Gazetteer, folded: str, field: str, opening_end: int = 0) -> list[NameMatch]:
    """The non-overlapping place names of a folded text, in reading order."""
    hits = sorted(gazetteer.iter_names(folded), key=lambda h: (h[0] - h[1], h[0]))
    taken = bytearray(len(folded))
    kept: list[NameMatch] = []
    for start, end, entries in hits:
        if any(taken[start:end]):
            continue
        taken[start:end] = b"\x01" * (end - start)
        if entries and not _NAME_FORMING.match(folded, end):
            kept.append(NameMatch(field, start, end, folded[start:end], entries, end <= opening_end,
                                  bool(_ZONE.match(folded, end)), bool(_VISITORS.match(folded, end))))
    kept.sort(key=lambda m: m.start)
    return kept
