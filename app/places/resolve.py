"""Deciding which place a written name means, from what else the article and its page say.

A name is first an *anchor* when, without any context, it can mean only one place (苏州,
姑苏区, 吴中木渎). Anchors and everything containing them form the context: the article's
own and, weaker, the page's (a page about 崇川区 whose articles say only 区委书记).

A name that needs context is then settled by comparing, for each place it may mean:
1. how close the article's context comes to it (its county named > its city > its province),
2. the same for the page's context,
3. whether it lies in the home region (default 江苏省),
4. current before revoked.
The best place must beat every other on this order; a tie leaves the name out, because a
wrong place in the archive is worse than a missing one.

Some forms are only names in context: a county's short form, unless it heads an article
about the home region (常熟推进…), because two characters are often part of other words
(弘扬中华 holds 扬中, 海港新村 holds 海港) — it counts where its city is named around it;
names that are also words (老城区); and
aliases such as 高新区 or 月亮湾, which name a place only where their `context` place (苏州市)
is in the article's or page's context — and which, when the article also writes a fuller name
ending in them (昆山高新区), refer back to that place.
"""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from .gazetteer import LEVEL_RANK, Gazetteer, NameEntry
from .matching import NameMatch
from .names import names_a_feature

_STATUS_RANK = {"current": 2, "zone": 2, "revoked": 1, "nbs_only": 1}


@dataclass(frozen=True)
class Resolved:
    """A place the text names, where it names it."""

    code: str
    match: NameMatch


class Context:
    """Places named around a text, with everything that contains them."""

    def __init__(self, gazetteer: Gazetteer, codes: Iterable[str] = ()):
        self._gazetteer = gazetteer
        self._named: Counter[str] = Counter()  # how often each place, or a place inside it, is named
        self.add(codes)

    def add(self, codes: Iterable[str]) -> None:
        named, ancestors = self._named, self._gazetteer.ancestors
        for code in codes:
            for around in ancestors(code):  # a plain loop: Counter.update costs more for a handful
                named[around] = named.get(around, 0) + 1

    def __contains__(self, code: str) -> bool:
        return code in self._named

    def closeness(self, code: str) -> tuple[int, int]:
        """The level of the most specific place in context that contains `code` (0: none), and how
        often the text names that place or places inside it."""
        named = [a for a in self._gazetteer.ancestors(code) if a in self._named]
        if not named:
            return 0, 0
        nearest = max(named, key=self._rank)
        return self._rank(nearest), self._named[nearest]

    def _rank(self, code: str) -> int:
        """A place's level; a municipality (北京市, 上海市) is its counties' city as much as a province."""
        place = self._gazetteer[code]
        city = place.level == "province" and place.name.endswith("市")
        return LEVEL_RANK["city" if city else place.level]


def anchors(gazetteer: Gazetteer, matches: list[NameMatch], home_code: str | None) -> list[str]:
    """Codes of the names that mean one place whatever the context."""
    found = []
    for match in matches:
        entries = [e for e in match.entries if e.form != "stem"]  # a bare town stem is never sure
        codes = {e.code for e in entries if not _needs_context(gazetteer, e, match, home_code)}
        if len(codes) == 1 and len(codes) == len({e.code for e in entries}):
            found.append(_feature_after_county(match, codes.pop(), matches))
    return found


def resolve(
    gazetteer: Gazetteer,
    matches: list[NameMatch],
    page: Context,
    home_code: str | None,
    anchored: list[str] | None = None,
) -> list[Resolved]:
    """The place each name means, for the names that can be settled; in reading order. `anchored`: the
    names' anchors, when the caller has found them already."""
    if anchored is None:
        anchored = anchors(gazetteer, matches, home_code)
    article = Context(gazetteer, anchored + _paired_counties(gazetteer, matches, home_code))
    settled: dict[NameMatch, str] = {}
    # Names settled in one round become context for the next (城东街道 after 崇川区 …); bare town
    # names come last in each round, once the counties and cities around them are settled.
    in_order = sorted(matches, key=lambda m: all(e.form == "stem" for e in m.entries))
    # The name right before each one (for one written after 的, the name before the 的); the last as the pairs were read.
    ending_at = {(p.field, p.end): p for p in matches}
    before = {}
    for m in matches:
        found = [p for p in (ending_at.get((m.field, m.start)),
                             ending_at.get((m.field, m.start - 1)) if m.after_of else None) if p is not None]
        if found:
            before[m] = found[0] if len(found) == 1 else max(found, key=matches.index)
    # the names written before it in its sentence, nearest first (江阴市东南三十里周庄镇)
    in_sentence: dict[tuple, list[NameMatch]] = {}
    for m in matches:
        in_sentence.setdefault((m.field, m.sentence), []).append(m)
    earlier = {m: [p for p in reversed(in_sentence[m.field, m.sentence]) if p.end <= m.start] for m in matches}
    repeats = Counter(m.text for m in matches)
    longer_forms = {m: _longer_form(m, matches) for m in matches}
    # How many names were settled when a name was last looked at in vain: until another one is, the
    # context is the same and so is the answer.
    in_vain_at: dict[NameMatch, int] = {}
    for _ in range(3):
        progress = False
        for match in in_order:
            if match in settled or in_vain_at.get(match) == len(settled):
                continue
            longer = longer_forms[match]
            local = _town_of_county_earlier(gazetteer, match, earlier[match], settled)
            if local:  # this sentence's namesake only: the others may mean another (a list of 周庄镇)
                settled[match] = local
                progress = True
                continue
            if longer:  # 昆山高新区 … 高新区: the bare word refers back to the full name
                code = settled.get(longer)
            else:
                code = _choose(gazetteer, match, article, page, home_code, before.get(match), repeats[match.text])
                code = _feature_after_county(match, code, matches)
            if code:
                settled[match] = code
                article.add([code])
                progress = True
            else:
                in_vain_at[match] = len(settled)
        if not progress:
            break

    settled = _without_lone_far_towns(gazetteer, settled)
    resolved: list[Resolved] = []
    for match in matches:
        code = settled.get(match)
        if not code:
            continue
        entry = next((e for e in match.entries if e.code == code), None)
        if entry and entry.prefix_code:
            resolved.append(Resolved(entry.prefix_code, match))  # 吴中 of 吴中木渎
        resolved.append(Resolved(code, match))
    return resolved


def _without_lone_far_towns(gazetteer: Gazetteer, settled: dict[NameMatch, str]) -> dict[NameMatch, str]:
    """Without the towns of a province nothing else in the text is in, when all else lies in one
    other province: 三星乡, unique in China to 重庆, in a history of 海门's 三星 is the local place's
    old name, not the far one."""
    province = {m: _province_of(gazetteer, code) for m, code in settled.items()}
    names_in_province, names_of_code = Counter(province.values()), Counter(settled.values())
    lone = {m for m, code in settled.items() if gazetteer[code].level == "town"
            and names_in_province[province[m]] == names_of_code[code]}
    others = {province[m] for m in settled if m not in lone}
    if len(others) != 1 or len(settled) - len(lone) < 2:
        return settled
    return {m: code for m, code in settled.items() if m not in lone or province[m] in others}


def _province_of(gazetteer: Gazetteer, code: str) -> str | None:
    return next((p.code for p in gazetteer.filed_chain(code) if p.level == "province"), None)


def _feature_after_county(match: NameMatch, code: str | None, matches: list[NameMatch]) -> str | None:
    """A county and a lake, hill or river named after one of its towns (相城阳澄湖, 常熟虞山) name
    the county and the feature, not the town — unless the text calls it a town (相城阳澄湖镇,
    …小镇) or also names the town in full, as for a bare feature name."""
    entry = next((e for e in match.entries if e.code == code and e.form == "composite"), None)
    if entry is None or not entry.prefix_code or not names_a_feature(match.text) or match.called_town:
        return code
    in_full = any(e.code == code and e.form == "official" for m in matches for e in m.entries)
    return code if in_full else entry.prefix_code


def _paired_counties(gazetteer: Gazetteer, matches: list[NameMatch], home_code: str | None) -> list[str]:
    """Home-region counties whose short form and the bare name of one of their towns, or of one of
    their zones, both appear (吴江 … 同里, 启东 … 吕四, 吴江 … 汾湖), and counties anywhere whose short form
    and one of their towns named in full both do (奉贤 … 柘林镇, a name three provinces share): each says
    what the other means."""
    short = {e.code for m in matches for e in m.entries if e.form == "short"}
    home_short = {code for code in short if _is_home(gazetteer, code, home_code)}
    paired = {e.context for m in matches for e in m.entries if e.form in ("stem", "alias") and e.context in home_short}
    paired |= {e.code for m in matches for e in m.entries if e.form == "zone" and e.code in home_short}
    in_full = {e.code for m in matches for e in m.entries if e.form == "official" and gazetteer[e.code].level == "town"}
    paired |= {code for code in short if any(code in gazetteer.ancestors(town) for town in in_full)}
    return sorted(paired | _counties_of_unique_stems(gazetteer, matches, home_code))


def _counties_of_unique_stems(gazetteer: Gazetteer, matches: list[NameMatch], home_code: str | None) -> set[str]:
    """Home-region counties two of whose towns are named by bare names no other town in China
    bears (栟茶 … 掘港): the two confirm each other, as a short form and a town name do."""
    towns: dict[str, list[str]] = {}
    for m in matches:
        if len(m.entries) == 1 and m.entries[0].form == "stem" and m.entries[0].context:
            towns.setdefault(m.entries[0].context, []).append(m.entries[0].code)
    # two towns, and named again: a list of sights (木渎古镇, 光福) names each once
    return {county for county, codes in towns.items()
            if len(set(codes)) >= 2 and len(codes) >= 3 and _is_home(gazetteer, county, home_code)}


def _longer_form(match: NameMatch, matches: list[NameMatch]) -> NameMatch | None:
    """For a name that is also a common word (高新区), a fuller name of the article ending in it, or the
    place the article writes it after (张家港市高新区 … 高新区: 张家港's zone, not 苏州高新区)."""
    if not all(e.form == "alias" and e.context for e in match.entries):
        return None
    owners = {e.context for e in match.entries}  # 苏州市高新区 is 苏州高新区 itself
    return next((m for m in matches if len(m.text) > len(match.text) and m.text.endswith(match.text)), None) or next(
        (p for p in matches if p.zone and not owners & {e.code for e in p.entries}
         and any(q.field == p.field and q.start == p.end and q.text == match.text for q in matches)), None)


def _needs_context(gazetteer: Gazetteer, entry: NameEntry, match: NameMatch, home_code: str | None) -> bool:
    return bool(entry.context) or _is_loose_short_form(gazetteer, entry, match, home_code)


def _is_loose_short_form(gazetteer: Gazetteer, entry: NameEntry, match: NameMatch, home_code: str | None) -> bool:
    """A county's short form anywhere but in a headline about the home region, or as the
    host of a visit (考察团一行来吴江考察)."""
    if entry.form != "short" or gazetteer[entry.code].level != "county":
        return False
    named_for_sure = match.field in ("kicker", "title") or match.host
    return not named_for_sure or not _is_home(gazetteer, entry.code, home_code)


def _is_home(gazetteer: Gazetteer, code: str, home_code: str | None) -> bool:
    return home_code is not None and home_code in gazetteer.ancestors(code)


def _usable(
    gazetteer: Gazetteer, entry: NameEntry, match: NameMatch, article: Context, page: Context, home_code: str | None,
    after: NameMatch | None = None, repeats: int = 1,
) -> bool:
    if entry.form == "stem" and names_a_feature(match.text) and not match.called_town:
        return entry.code in article  # 虞山 is the hill unless the article also names 虞山街道
    if entry.form == "stem" and after and _names_city_of(gazetteer, after, entry.context):
        return True  # 苏州渭塘
    if entry.form == "stem" and len(match.entries) == 1 and (
            repeats > 1 and _city_of(gazetteer, entry.context) in article
            or repeats > 2 and _province_of(gazetteer, entry.code) in article):
        # 苏州 … 光福香雪海 … 光福: a bare name of one town in all China, used again and again
        # where its city is named, or three times where its province is (江苏 … 甪直 … 甪直 … 甪直);
        # 凤凰, 太平 name towns everywhere and are words too: not so
        return True
    if entry.context and entry.context not in article and entry.context not in page:
        return False
    if _is_loose_short_form(gazetteer, entry, match, home_code):
        parent = gazetteer.filed_parent(entry.code)
        return parent is not None and (parent in article or parent in page)
    return True


def _city_of(gazetteer: Gazetteer, county: str | None) -> str | None:
    city = gazetteer.filed_parent(county) if county else None
    return city if city is not None and gazetteer[city].level == "city" else None


def _names_city_of(gazetteer: Gazetteer, match: NameMatch, county: str | None) -> bool:
    city = _city_of(gazetteer, county)
    return city is not None and any(e.code == city for e in match.entries)


def _inside_place_before(gazetteer: Gazetteer, codes: list[str], areas: set[str]) -> str | None:
    """The one town among `codes` inside the county or city written right before it (通江县沙溪镇,
    太仓市的沙溪古镇): a list of namesakes, each after its county, names each one."""
    if not areas:
        return None
    if any(gazetteer[c].level != "town" for c in codes):
        return None  # 南通海门: the county 海门, not its town 海门街道
    inside = [c for c in codes if areas & gazetteer.ancestors(c)]
    return inside[0] if len(inside) == 1 else None


def _town_of_county_earlier(gazetteer: Gazetteer, match: NameMatch, earlier: list[NameMatch],
                            settled: dict[NameMatch, str]) -> str | None:
    """A town named in full (周庄镇, not a bare 周庄) that many places bear is the one inside the
    county or city named last before it in its sentence (江阴市东南三十里周庄镇)."""
    if len(match.entries) < 2 or any(e.form != "official" or e.context for e in match.entries):
        return None
    nearest = next((settled[p] for p in earlier if p in settled and gazetteer[settled[p]].level in ("city", "county")),
                   None)
    return _inside_place_before(gazetteer, [e.code for e in match.entries], {nearest} if nearest else set())


def _choose(gazetteer: Gazetteer, match: NameMatch, article: Context, page: Context, home_code: str | None,
            after: NameMatch | None = None, repeats: int = 1) -> str | None:
    usable = (e.code for e in match.entries
              if _usable(gazetteer, e, match, article, page, home_code, after, repeats))
    codes = list(dict.fromkeys(usable))
    if len(codes) <= 1:
        return codes[0] if codes else None
    written_before = {e.code for e in after.entries if gazetteer[e.code].level in ("city", "county")} if after else set()
    in_named_before = _inside_place_before(gazetteer, codes, written_before)
    if in_named_before:
        return in_named_before
    # 淮安 is both 淮安市 and its 淮安区: a name shared along one line of the tree means the larger place.
    widest = min(codes, key=lambda c: LEVEL_RANK[gazetteer[c].level])
    if all(widest in gazetteer.ancestors(c) for c in codes):
        return widest

    def rank(code: str) -> tuple[tuple[int, int], tuple[int, int], bool, int]:
        return (
            article.closeness(code),
            page.closeness(code),
            _is_home(gazetteer, code, home_code),
            _STATUS_RANK[gazetteer[code].status],
        )

    ranked = sorted(codes, key=rank, reverse=True)
    return ranked[0] if rank(ranked[0]) > rank(ranked[1]) else None
