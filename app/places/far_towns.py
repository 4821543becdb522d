"""A town far from everything else a text names is the local place's old name, not the far town.

A bare or old name can be the name of a town in one other province only (三星乡 is unique in China to
重庆); a text whose other places all lie in one province of its own (a history of 海门's 三星) does not
mean it. The resolver drops such towns once every name is settled — but not the place a text opens on,
when the other province has only two names to set against it: …交界的南浔镇东北处… before a forebear's
(今无锡梅村) is about 南浔镇. Nor a town written after its own county (上杭南阳镇, the county's short form and
the town as one name): that county is a second name of the town's province, and no old name is so written.

Nor is a town written right after a county or city it is not in (乐山市市中区临江镇, where the county has no such
town now: merged or renamed since) the namesake the gazetteer holds elsewhere: the address says where it is, and
the county stands without a town.
"""

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TypeVar

from .forms import facts_of
from .gazetteer import Gazetteer
from .readings import Written, back_to_back

M = TypeVar("M")  # a written name (matching.NameMatch)


def without_lone_far_towns(gazetteer: Gazetteer, settled: dict[M, str], first: str | None = None,
                           counties_written: Iterable[str] = (), headlined: bool = False,
                           home_code: str | None = None) -> dict[M, str]:
    """Without the towns of a province nothing else in the text is in, when all else lies in one
    other province: 三星乡, unique in China to 重庆, in a history of 海门's 三星 is the local place's
    old name, not the far one. `first`, the place the text names first, stays where the other province
    has fewer than three names, or where a headline names it and the text names it three times at least
    (`headlined`: 海门港新区… over a text naming 上海 often). `counties_written`: the counties written as part of a
    settled name, right before their town (上杭 of 上杭南阳镇), each a name of its province. (`settled` itself when
    none is dropped.)"""
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
            and names_in_province[province[code]] == n and not (n >= 2 and province[code] == home_code)}
    others = {province[code] for code in names_of_code if code not in lone}
    elsewhere = len(settled) - sum(names_of_code[code] for code in lone)  # the names of the other province
    if len(others) != 1 or elsewhere < 2:
        return settled
    kept = {first} if elsewhere < 3 or headlined and names_of_code[first] >= 3 else set()
    dropped = {code for code in lone if province[code] not in others} - kept
    return {m: code for m, code in settled.items() if code not in dropped} if dropped else settled


def without_towns_outside_their_address(gazetteer: Gazetteer, settled: dict[int, str],
                                        matches: Sequence[Written]) -> dict[int, str]:
    """Without a name settled as a town written right after a county or city holding no town of that name, nor does
    any place of that county's name (an address the gazetteer no longer holds: 鼓楼区东环街道 is 徐州's 鼓楼区,
    whichever the county's name was taken for); and without the name elsewhere, unless the text names the county or
    city of the town it was taken for (城厢镇位于太仓市 … 青白江区城厢镇: 太仓's stays). `settled` by the name's
    place in `matches`."""
    addresses = []
    for i, code in settled.items():
        before = settled.get(i - 1)
        # (most names: no settled name right before, or it is the town's own county; asked before any name's facts)
        if before is None or before in gazetteer.ancestors(code) or gazetteer[code].level != "town":
            continue
        place = gazetteer[before]
        if place.level not in ("county", "city") or place.status == "zone":  # (a zone's towns: filed around it)
            continue
        if not back_to_back(matches[i - 1], matches[i]):
            continue
        addressed = facts_of(gazetteer, matches[i - 1]).codes | {before}  # the county and its namesakes
        if not any(addressed & gazetteer.ancestors(other) for other in facts_of(gazetteer, matches[i]).codes):
            addresses.append(i)
    if not addresses:
        return settled
    outside = {matches[i].text for i in addresses}
    named = set(settled.values())
    unsupported = {code for i, code in settled.items() if matches[i].text in outside
                   and not any(gazetteer[a].level in ("county", "city") for a in gazetteer.ancestors(code) & named)}
    return {i: code for i, code in settled.items()
            if i not in addresses and (matches[i].text not in outside or code not in unsupported)}
