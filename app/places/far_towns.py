"""A town far from everything else a text names is the local place's old name, not the far town.

A bare or old name can be the name of a town in one other province only (三星乡 is unique in China to
重庆); a text whose other places all lie in one province of its own (a history of 海门's 三星) does not
mean it. The resolver drops such towns once every name is settled — but not the place a text opens on,
when the other province has only two names to set against it: …交界的南浔镇东北处… before a forebear's
(今无锡梅村) is about 南浔镇. Nor a town written after its own county (上杭南阳镇, the county's short form and
the town as one name): that county is a second name of the town's province, and no old name is so written.
"""

from collections import Counter
from collections.abc import Iterable
from typing import TypeVar

from .gazetteer import Gazetteer

M = TypeVar("M")  # a written name (matching.NameMatch)


def without_lone_far_towns(gazetteer: Gazetteer, settled: dict[M, str], first: str | None = None,
                           counties_written: Iterable[str] = ()) -> dict[M, str]:
    """Without the towns of a province nothing else in the text is in, when all else lies in one
    other province: 三星乡, unique in China to 重庆, in a history of 海门's 三星 is the local place's
    old name, not the far one. `first`, the place the text names first, stays where the other province
    has fewer than three names. `counties_written`: the counties written as part of a settled name, right
    before their town (上杭 of 上杭南阳镇), each a name of its province. (`settled` itself when none is dropped.)"""
    # by place, not by name: whether a name is a lone far town depends only on the place it means
    province_of = gazetteer.province  # (a table: no Python call, no key made)
    if len(set(map(province_of, set(settled.values())))) <= 1:  # (a loop in C)
        return settled  # one province (most texts): no town of another to drop
    names_of_code = Counter(settled.values())
    province = {code: province_of(code) for code in names_of_code}
    names_in_province: Counter[str | None] = Counter()
    for code, n in names_of_code.items():
        names_in_province[province[code]] += n
    for county in counties_written:  # (most texts: none)
        names_in_province[province_of(county)] += 1
    lone = {code for code, n in names_of_code.items() if gazetteer[code].level == "town"
            and names_in_province[province[code]] == n}
    others = {province[code] for code in names_of_code if code not in lone}
    elsewhere = len(settled) - sum(names_of_code[code] for code in lone)  # the names of the other province
    if len(others) != 1 or elsewhere < 2:
        return settled
    dropped = {code for code in lone if province[code] not in others} - ({first} if elsewhere < 3 else set())
    return {m: code for m, code in settled.items() if code not in dropped} if dropped else settled
