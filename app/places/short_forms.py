"""A county written only in its short form, with nothing around it.

A county's short form counts where its city is named around it, because two characters are so often
part of a longer word (农民丰收 holds 民丰, 弘扬中华 holds 扬中). But news on a county often names nothing
else: 泰兴今年一批新厂陆续投产…眼下,泰兴正在建设的… There the short form stands where a word begins — at a
line's start or right after a punctuation mark — again and again, which a word merely holding it does not
do; or inside a clause, where no everyday word of the dictionary holds one of its letters and one beside it
(是昆山一绝, 到昆山一游; but 非常熟悉, 太仓促). So a home-region county's short form that names no other place at
all (no town bears it either), opening a clause twice or more in an article that names its province, is that
county (a short form of three letters, 张家港, is part of no word: it counts wherever it is written). Three times or
more it is the county even where no province is named, and even where a far town bears it as its bare name
(如东 … 澧县如东镇), as long as the article names in full no other county, city or province; and so it is once
where the body's first words set the text there (在太仓的长江口区有个某某村…): a granary (太仓之粟) or a word
holding two characters (影响水稻) does not open a text after 在.

A town too is often written bare in news of its own (黎里地处太湖下游…全镇耕地…; 锦丰代表团…), with no county or
city around it. A bare name no other place in China bears, of a home-region town that is no hill, lake or
river, written twice with once up front (headline or opening) or three times and called a town twice further on,
in an article that speaks of its town (全镇, 镇长, 该镇 …) or calls it a town (同里古镇, 千灯小镇) and names in full no
county, city or province apart from the town's own, is that town: its
county is the article's. (Without the town spoken of, such a name needs its city around it, or three
mentions where its province is named: resolve.py.) Outside the home region a bare name stands for its town only when
it is long enough not to be a word (three letters or more: 沙头角), no other place bears it, it is no water, hill,
road or building's name, and the article writes it in its headline and again in its body, naming in full no county,
city or province but the town's own (沙头角义工… over 沙头角田心社区…). And a home-region town whose name far towns
bear too (锦溪: 昆山's and 龙泉's) is the home one where the article keeps coming back to it (three times, once up
front), calls it a town (锦溪古镇) or speaks of one (全镇, 小镇) or names its city, dwells on no other home-region town
as much, and names neither the far towns' counties, cities or provinces nor anywhere else in full; of several home
towns so named (周庄: 昆山's, 江阴's, 兴化's), the one on the list of historic towns, where it speaks of an old town.
"""

import csv
from collections import Counter, defaultdict
from functools import cache
from itertools import takewhile

from app.people.names import dictionary

from .forms import facts_of
from .gazetteer import DATA_DIR, Gazetteer, NameEntry
from .matching import NameMatch
from .model import HEADLINE_FIELDS
from .names import names_a_feature, town_stem
from .words import TOWN_SELF_WORDS
from .wordsets import WordSet

# What may stand right before a name that opens a clause.
_CLAUSE_BREAKS = set(",,;;::。.!!??、\n \u3000)）]】”\"")


def counties_opening_clauses(gazetteer: Gazetteer, matches: list[NameMatch], home_code: str | None,
                             texts: dict[str, str]) -> list[str]:
    """The home-region counties whose short form, and nothing else's, opens two clauses or more of
    an article that names their province; or, shared with far towns' bare names or not, three clauses
    or more of an article that names no other county, city or province in full. `texts`: the
    article's fields, folded."""
    if home_code is None:
        return []
    opening: Counter[str] = Counter()
    shared: set[str] = set()  # short forms some far town also bears as its bare name (如东: 澧县如东镇)
    inside: defaultdict[str, list] = defaultdict(list)  # those written inside a clause: looked at only if they count
    for m in matches:
        if m.entries[0].form != "short":
            continue  # most names: no short form (the gazetteer lists a name's short form first)
        entry, others = _county_short_entry(m)
        if not (entry and gazetteer[entry.code].level == "county" and home_code in gazetteer.ancestors(entry.code)):
            continue
        before = texts[m.field][m.start - 1] if m.start else ""
        setting = before == "在" and _sets_the_text(m, texts["body"])  # (most short forms: no 在 before them)
        if before and before not in _CLAUSE_BREAKS and not setting and len(m.text) < _LONG_SHORT_FORM:
            inside[entry.code].append((m, others))  # (a short form of three letters, 张家港, is counted anywhere)
            continue
        opening[entry.code] += _ALONE_OPENINGS if setting else 1
        if others:
            shared.add(entry.code)
    for code, written in inside.items():  # written as a word (昆山一绝), not inside words (非常熟悉, 太仓促)
        for m, others in written:
            if opening[code] >= _ALONE_OPENINGS or opening[code] + len(written) < 2:
                break  # (enough already; or too few to count however they are written)
            if _written_as_a_word(texts[m.field], m.start, m.end):
                opening[code] += 1
                if others:
                    shared.add(code)
    twice = [code for code, n in opening.items() if n >= 2 and code not in shared or n >= _ALONE_OPENINGS]
    if not twice:  # most articles: no need to look for the province
        return []
    # each name's places, as one set (a bare town name's may be hundreds)
    forms = [facts_of(gazetteer, m) for m in matches]
    return [code for code in twice if any(gazetteer[a].level == "province" and any(a in f.codes for f in forms)
                                          for a in gazetteer.ancestors(code))
            or opening[code] >= _ALONE_OPENINGS and not _names_another_area(gazetteer, matches, code)]


def _county_short_entry(m: NameMatch) -> tuple[NameEntry | None, bool]:
    """The entry of a name that is one place's short form, and whether far towns' bare names share it."""
    if len(m.entries) == 1:
        return (m.entries[0], False) if m.entries[0].form == "short" else (None, False)
    shorts = [e for e in m.entries if e.form == "short"]
    if len(shorts) != 1 or any(e.form != "stem" for e in m.entries if e is not shorts[0]):
        return None, False
    return shorts[0], True


# A short form opening this many clauses is the county even with no province named (如东推广…,如东地处…,
# 据介绍,如东…), where the article names in full no county, city or province but the county's own.
_ALONE_OPENINGS = 3
# A short form this long (张家港) stands inside no everyday word: written anywhere, it counts as if opening a clause
_LONG_SHORT_FORM = 3


def _written_as_a_word(text: str, start: int, end: int) -> bool:
    """Whether a two-letter short form inside a clause stands as a word of its own (是昆山一绝, 到昆山一游): no
    everyday word of the dictionary holds one of its letters and one beside it (非常熟悉: 非常, 熟悉; 太仓促: 仓促;
    比如东方: 比如, 东方), as the words around a name do not; another place's name may (昆山阳光: 山阳)."""
    words = dictionary()
    for length in range(2, _LONGEST_WORD + 1):
        for first in range(max(0, start - length + 1), min(end, len(text) - length + 1)):
            if first + length <= start or (first >= start and first + length <= end):
                continue  # (beside the name, or inside it)
            entry = words.get(text[first:first + length])
            if entry and entry[1] not in _NAME_TAGS and entry[0] >= _EVERYDAY_FREQUENCY:
                return False
    return True


_LONGEST_WORD = 4  # (the dictionary's words as read: two to four letters)
_NAME_TAGS = ("ns", "nr", "nrfg", "nrt")  # places' and people's names
_EVERYDAY_FREQUENCY = 50


def _sets_the_text(m: NameMatch, body: str) -> bool:
    """Whether the name is where the body's first words set it (在太仓的长江口区有个…村, 在如东,…): written once, it
    is the place, as a short form opening three clauses is — the words that hide a county's short form (影响水稻:
    响水; 太仓之粟, the granary) do not stand right after a text's opening 在."""
    return m.field == "body" and m.opening and m.start >= 1 and body[m.start - 1] == "在" \
        and not body[:m.start - 1].strip()


def _names_another_area(gazetteer: Gazetteer, matches: list[NameMatch], code: str) -> bool:
    """Whether the article names in full a county, city or province that is not `code` or above it."""
    around = {code, *gazetteer.ancestors(code)}
    return any(e.form == "official" and gazetteer[e.code].level in _AREA_LEVELS and e.code not in around
               for m in matches for e in m.entries)


_AREA_LEVELS = ("province", "city", "county")


def counties_of_lone_towns(gazetteer: Gazetteer, matches: list[NameMatch], home_code: str | None,
                           texts: dict[str, str]) -> list[str]:
    """The county of the one home-region town an article names by a bare name of its own (no other place
    bears it), twice and once up front, when the article speaks of its town and nothing else in full
    names a county, city or province apart from the town's own; failing one, of the one far town so named by a
    bare name of three letters or more, in the headline and again in the body. `texts`: the article's fields,
    folded."""
    sole = {m.entries[0]: m.text for m in matches if len(m.entries) == 1 and m.entries[0].form == "stem"}  # 黎里 …
    if not sole:
        return []  # most articles: no bare name one town alone bears
    home = [entry for entry in sole if entry.context and home_code and home_code in gazetteer.ancestors(entry.code)
            and not names_a_feature(sole[entry])]  # (no water's or hill's name: 黄海之滨)
    if home:  # (one written once is in passing: 真武大帝 is no town's)
        times = Counter(m.entries[0] for m in matches if len(m.entries) == 1 and m.entries[0] in home)
        home = [entry for entry in home if times[entry] >= 2]
    home = {(entry.context, entry.code) for entry in home}
    far = set() if home else {  # (a far town's must be in the headline: the names read first)
        (m.entries[0].context, m.entries[0].code) for m in takewhile(lambda m: m.field != "body", matches)
        if m.entries[0] in sole and m.entries[0].context and len(m.text) >= _FAR_NAME_LENGTH
        and m.text[-1] not in _NOT_A_TOWNS_ENDINGS and not names_a_feature(m.text)}
    if len(home or far) != 1:
        return []  # two apart: not one town's news
    (county, town), = home or far
    named = [m for m in matches if m.entries[0].code == town and len(m.entries) == 1]
    if len(named) < 2 or names_a_feature(named[0].text):
        return []
    called = sum(m.called_town for m in named)  # 同里古镇, 小镇: the writer calls it a town
    # up front; or further on, again and again, and called a town more than once (an essay's 余东古镇 …)
    kept_to = any(m.opening or m.field in HEADLINE_FIELDS for m in named) or len(named) >= 3 and called >= 2
    if home and (not kept_to or not (called or TOWN_SELF_WORDS.found_in(texts["body"])
                                     or TOWN_SELF_WORDS.found_in(texts["title"]))):
        return []
    if far and not (any(m.field in HEADLINE_FIELDS for m in named) and any(m.field == "body" for m in named)):
        return []
    return [] if _names_another_area(gazetteer, matches, town) else [county]


# A far town's bare name this long is no word that happens to hold it (沙头角; 2 letters: 田心, 民生 …)
_FAR_NAME_LENGTH = 3
# The last letter of a bare name that names a road, a bridge, a gate or a building, not the town called after it
_NOT_A_TOWNS_ENDINGS = set("路街道巷桥门楼寺庙")


# An old water town spoken of (周庄古镇, 江南水乡): where home towns share its name, the one on the list of
# historic towns is meant (data/historic_towns.csv: 昆山's 周庄镇, not 江阴's or 兴化's)
_OLD_TOWN_TALK = WordSet(("古镇", "水乡"))
# A town spoken of: its own words (全镇, 镇长 …), an essay's 小镇 (风吹遍小镇) or an old town's words, which
# here only add to a name already kept to and borne by a home town
_TOWN_TALK = WordSet(TOWN_SELF_WORDS.words + ("小镇",) + _OLD_TOWN_TALK.words)


def county_of_home_town_named_afar_too(gazetteer: Gazetteer, matches: list[NameMatch], home_code: str | None,
                                       texts: dict[str, str]) -> list[str]:
    """The county of the home-region town an article is about, named by a name far towns bear too (锦溪: 昆山's,
    and 龙泉's) and by no other home-region town: written three times or more, once up front, called a town
    (锦溪古镇), spoken of as one (全镇, an essay's 小镇) or named with its city or county around, where no other
    home-region town is named twice, nothing else in full names a county, city or province apart from the town's own,
    and nothing names the far towns' county, city or province.
    `texts`: the article's fields, folded."""
    if home_code is None:
        return []
    home_province, home_of = gazetteer.province(home_code), {}
    old_town = bool(_OLD_TOWN_TALK.found_in(texts["body"]) or _OLD_TOWN_TALK.found_in(texts["title"]))
    towns, written = set(), set()  # the home towns named up front so (the headline's, the opening's), and how
    for m in matches:
        if m.field == "body" and not m.opening:
            break  # (the names up front are read first)
        if len(m.entries) >= 2 and (town := _home_town(gazetteer, m, home_code, home_province, home_of, old_town)):
            towns.add(town)
            written.add(m.text)  # (练塘镇: a merged town's old name, not the town's own)
    if not towns:
        return []  # (most articles: no name up front is one home town's among far ones)
    forms = written | {form for town in towns for form in (gazetteer[town].name, town_stem(gazetteer[town].name))}
    named: Counter[str] = Counter()  # each home-region town so named: how often
    up_front, called = set(), set()
    afar: defaultdict[str, set[str]] = defaultdict(set)  # the counties, cities and provinces of its far namesakes
    for m in matches:
        town = _home_town(gazetteer, m, home_code, home_province, home_of, old_town) \
            if m.text in forms and len(m.entries) >= 2 else None
        if town is None:
            continue
        named[town] += 1
        if m.opening or m.field in HEADLINE_FIELDS:
            up_front.add(town)
        if m.called_town or m.entries[0].form == "official":
            called.add(town)
        afar[town].update(a for e in m.entries if e.code != town for a in gazetteer.ancestors(e.code))
    (town, times), = named.most_common(1)
    if times < _AFAR_TIMES or town not in up_front or names_a_feature(gazetteer[town].name[:-1]):
        return []
    areas = {e.code for m in matches for e in m.entries
             if e.form in ("official", "short") and gazetteer[e.code].level in _AREA_LEVELS}
    around = areas & set(gazetteer.ancestors(town))  # its city or county named too (苏州 … 望亭)
    if not (town in called or around or _TOWN_TALK.found_in(texts["body"]) or _TOWN_TALK.found_in(texts["title"])):
        return []
    others = Counter(e.code for m in matches for e in m.entries
                     if e.code != town and gazetteer[e.code].level == "town" and len(m.entries) == 1
                     and home_code in gazetteer.ancestors(e.code))
    if any(n >= 2 and n * 2 >= times for n in others.values()) or _names_another_area(gazetteer, matches, town):
        return []  # another home town dwelt on nearly as much; or somewhere else named in full
    afar[town] -= set(gazetteer.ancestors(town))  # (江苏 names 昆山's 周庄 as much as 江阴's)
    return [] if areas & afar[town] else [gazetteer.filed_parent(town)]


def _home_town(gazetteer: Gazetteer, m: NameMatch, home_code: str, home_province: str | None,
               home_of: dict[str, str | None], old_town: bool) -> str | None:
    """The one home-region town of a name of towns alone that far towns bear too, if it has one; of several, the
    historic one where the article speaks of an old town (`old_town`). `home_of`: the answers so far, by the name's
    text."""
    if m.text not in home_of:
        home = facts_of(gazetteer, m).towns_by_province.get(home_province, ())  # (kept with the form)
        if len(home) > 1 and old_town:
            home = [town for town in home if town in historic_towns()]
        home_of[m.text] = home[0] if len(home) == 1 and (
            home_code == home_province or home_code in gazetteer.ancestors(home[0])) else None
    return home_of[m.text]


@cache
def historic_towns() -> frozenset[str]:
    """The codes of `data/historic_towns.csv`: the home province's towns on the national list of historic towns."""
    with (DATA_DIR / "historic_towns.csv").open(encoding="utf-8", newline="") as f:
        return frozenset(row["code"] for row in csv.DictReader(f))


# A name far towns bear too is the home town's only when the article keeps coming back to it
_AFAR_TIMES = 3
