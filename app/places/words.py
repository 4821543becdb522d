"""Everyday words that run across a place's name and cut it short.

城市 (a city) and 城区 (a town's built-up area) follow place names all the time: 昆山城市更新,
吴江城市面貌, 南通城市变迁, 吴江城区. Read as a name, 山城市, 江城市, 通城市 or 江城区 — a name's last
character, 城 and 市 or 区 — is longer than the real name before it and hides it (昆山, 吴江),
giving a place far away (鹤壁's 山城区, 阳江's 江城区). The real name is the one that ends where
the longer one's first character does.

Other everyday words and marks around names the rules share: the words by which an article speaks of the
town it is about (全镇, 镇长, 镇党委 …); the readings some copying sites print in brackets after a character
(鎮(zhèn)) are readings.py's.
"""

import re
from dataclasses import replace
from functools import lru_cache
from operator import attrgetter

from .gazetteer import Gazetteer, NameEntry
from .matching import NameMatch
from .wordsets import WordSet

_CITY_WORDS = ("城市", "城区")  # a city, a town's built-up area
_LONGEST_NAME = 6  # enough for any name worth recovering here (张家港, 苏州工业园区)
_TEXT = attrgetter("text")  # a name as the text writes it


def without_city_word(gazetteer: Gazetteer, matches: list[NameMatch], folded: str) -> list[NameMatch]:
    """The names of a folded text with each «…城市» or «…城区» that starts on the last character of another
    place's name (南通|城市) replaced by that name."""
    kept: list[NameMatch] = []
    for m in matches:
        if m.text.endswith(_CITY_WORDS) and len(m.text) == 3 and m.start > 0:
            lo = max(0, m.start - _LONGEST_NAME + 1)
            end = m.start + 1 - lo  # the hidden name ends on the longer one's first character
            hidden = [(s, entries) for s, e, entries in gazetteer.iter_names(folded[lo:m.start + 1])
                      if e == end and e - s >= 2 and any(x.form != "stem" for x in entries)  # not a bare town's
                      and (not kept or kept[-1].end <= lo + s)]  # name: 苏州西北相城区 is not 北相|城区
            if hidden:
                s, entries = min(hidden)  # the longest: the earliest start
                m = replace(m, start=lo + s, end=m.start + 1, text=folded[lo + s:m.start + 1], entries=entries)
        kept.append(m)
    return kept


# A text of a city's past, around its name of old: a dynasty or a reign before it (清代的通州), 古 right before it
# (古通州), its old city, its walls or its seat after it (通州古城, 通州城, 通州筑城, 通州州治; not 通州城区)
_PAST_BEFORE = re.compile("明代|清代|明清|宋代|元代|唐代|明朝|清朝|后周|五代|民国|清季|清末|明初|明末|万历|嘉靖|"
                          "洪武|永乐|康熙|雍正|乾隆|嘉庆|道光|咸丰|同治|光绪|宣统|显德|古称|旧称")
_PAST_AFTER = re.compile("古城|旧城|城(?![区市乡镇])|筑城|州治|州城|州署|知州")
_PAST_REACH = 12  # characters before the name a dynasty or a reign is looked for in


def with_former_cities(gazetteer: Gazetteer, matches: list[NameMatch]) -> list[NameMatch]:
    """The names matched, each city's name of old that a county bears now (通州, 南通's until 1912, today's 通州区) read
    as the city where the text sets it in the past (清代的通州…, 通州古城) and names the city as it is now too:
    the old city, not the district — and so wherever else the text writes it bare, a name keeping one sense in one
    text (the county, now, is written in full: 通州区)."""
    if not gazetteer.former_cities or not any(m.text in gazetteer.former_cities for m in matches):
        return matches  # (most texts)
    named = {e.code for m in matches for e in m.entries}
    old = {m.text for m in matches if gazetteer.former_cities.get(m.text) in named and _set_in_the_past(m)}
    return [replace(m, entries=(NameEntry(gazetteer.former_cities[m.text], "alias"),)) if m.text in old else m
            for m in matches]


def _set_in_the_past(m: NameMatch) -> bool:
    return bool(_PAST_AFTER.match(m.folded, m.end) or m.folded.endswith("古", 0, m.start)
                or _PAST_BEFORE.search(m.folded, max(0, m.start - _PAST_REACH), m.start))


_COUNTY_WORD = re.compile("县")


def without_former_counties(gazetteer: Gazetteer, matches: list[NameMatch], whole: str) -> list[NameMatch]:
    """The names matched, without a town's bare name the article also writes as a county's (东晋设海虞县 … 古称
    海虞): a county of old, named after the place, not today's town — which, named in full (海虞镇), still is."""
    county_at = [at.start() for at in _COUNTY_WORD.finditer(whole)] if "县" in whole else []
    if not county_at:
        return matches
    # what the text writes right before each 县, at each length a name has: a set to look names up in
    lengths = {len(m.text) for m in matches}
    written = {m.text for m in matches} & {whole[at - n:at] for at in county_at for n in lengths if at >= n}
    counties = {m.text for m in matches if m.text in written and _bare_towns_only(gazetteer, m)}
    return [m for m in matches if m.text not in counties or not _bare_towns_only(gazetteer, m)] if counties else matches


def _bare_towns_only(gazetteer: Gazetteer, match: NameMatch) -> bool:
    return all(e.form == "stem" and gazetteer[e.code].level == "town" for e in match.entries)


# Right after a name: a hill, a scenic area or an island called so (虎丘山, 虎丘景区, 海坛岛) — 山 unless a name starts
# there (张家港山东商会) or a word that is no hill's (海门山歌: the place's folk songs).
_FEATURE_WORDS = ("山", "岛", "风景名胜区", "风景区", "景区")
_NOT_HILLS = ("山歌",)
# Right after a lake's name (汾湖北岸, 在汾湖边): its shore or its water, the lake's own words.
_SHORE_WORDS = ("边", "畔", "岸", "北岸", "南岸", "东岸", "西岸", "沿岸", "之滨", "水域", "水面")
_LAKE_ENDS = ("湖", "荡", "漾")


def without_feature_namesakes(gazetteer: Gazetteer, matches: list[NameMatch]) -> list[NameMatch]:
    """The names matched, without the bare towns and counties' short forms of a name the article also writes as a
    hill's (虎丘山 … 逛虎丘: the hill, not 虎丘区 nor 虎丘街道), without the counties' short forms of one it writes as a
    scenic area's (虎丘景区: not 虎丘区; but 沙家浜景区 … 沙家浜: the town's own, as a town's scenic area mostly is),
    and without the bare towns of one it writes as an island's (海坛岛: the island, not 海坛街道), nor the zone of one
    it writes as a lake's (汾湖北岸, 汾湖边: the lake, not the zone named after it): where the text writes no more than
    the feature, it does not say which place holds it. A name the writer calls a town there (同里古镇) keeps it."""
    # (a plain look after each name, in C, not a pattern tried there: most texts write no feature's word after one)
    before_features = [m for m in matches if m.folded.startswith(_FEATURE_WORDS, m.end)]
    if not _zone_lakes(gazetteer).isdisjoint(map(_TEXT, matches)):  # (few texts name a lake a zone is named after)
        before_features += [m for m in matches if m.folded.startswith(_SHORE_WORDS, m.end)]
    if not before_features:
        return matches
    starts = {(m.field, m.start) for m in matches}
    hills: set[str] = set()
    scenic: set[str] = set()
    islands: set[str] = set()
    lakes: set[str] = set()
    for m in before_features:
        first = m.folded[m.end]  # the feature word's first character
        if m.folded.startswith(_SHORE_WORDS, m.end):
            if m.text.endswith(_LAKE_ENDS):
                lakes.add(m.text)
        elif not (first == "山" and ((m.field, m.end) in starts or m.folded.startswith(_NOT_HILLS, m.end))):
            {"山": hills, "岛": islands}.get(first, scenic).add(m.text)
    if not hills and not scenic and not islands and not lakes:
        return matches
    kept = []
    for m in matches:
        no_town = m.text in hills or m.text in islands
        no_county = m.text in hills or m.text in scenic
        no_zone = m.text in lakes
        entries = m.entries if m.called_town or not (no_town or no_county or no_zone) else tuple(
            e for e in m.entries if not (no_town and e.form == "stem" or no_zone and e.form == "zone"
                                         or no_county and e.form == "short" and gazetteer[e.code].level == "county"))
        if entries:
            kept.append(m if entries == m.entries else replace(m, entries=entries))
    return kept


# An article speaking of the town it is about (全镇耕地…, 镇党委副书记、镇长…, 镇村两级…).
TOWN_SELF_WORDS = WordSet(("全镇", "本镇", "该镇", "我镇", "镇党委", "镇长", "镇政府", "镇人大", "镇村", "全街道",
                            "该街道", "街道党工委"))




# A town's name and the word after it (南阳镇, 海门镇, 城东街道): what the short form before it would be
_TOWN_WORDS = ("镇", "乡", "街道")


def without_short_forms_of_towns(gazetteer: Gazetteer, matches: list[NameMatch]) -> list[NameMatch]:
    """The names matched, a city's or a county's short form (南阳, 海门) that the text also writes as a town's name
    (南阳镇, 海门镇) read as that town's bare name, not the city or county (南阳镇党委… 擦亮“文化南阳”品牌: not 河南's
    南阳市) — unless the text writes the city or county itself in full (南阳市, 海门区)."""
    if _shorts_towns_bear(gazetteer).isdisjoint(map(_TEXT, matches)):  # (most texts: a loop in C says so)
        return matches
    texts = set(map(_TEXT, matches))
    towns = {text[:-2] if text.endswith("街道") else text[:-1] for text in texts if text.endswith(_TOWN_WORDS)}
    if texts.isdisjoint(towns):  # (no town's name written bare too)
        return matches
    in_full = {e.code for m in matches for e in m.entries if e.form == "official"}
    kept = []
    for m in matches:
        entries = m.entries if m.text not in towns else tuple(
            e for e in m.entries if not (e.form == "short" and gazetteer[e.code].level in ("city", "county")
                                         and e.code not in in_full))
        if entries:
            kept.append(m if entries == m.entries else replace(m, entries=entries))
    return kept


@lru_cache(maxsize=4)
def _shorts_towns_bear(gazetteer: Gazetteer) -> frozenset[str]:
    """The cities' and counties' short forms that are also a town's name before its 镇, 乡 or 街道 (南阳 of 南阳镇, 海门
    of 海门镇): a text naming none of them has nothing for `without_short_forms_of_towns` to read. Made once a
    gazetteer (about a tenth of a second), not a look at every name of every text."""
    forms, entries = gazetteer.forms, gazetteer.form_entries
    stems = {form[:-2] if form.endswith("街道") else form[:-1] for form in forms if form.endswith(_TOWN_WORDS)}
    return frozenset(form for i, form in enumerate(forms) if form in stems and any(
        e.form == "short" and gazetteer[e.code].level in ("city", "county") for e in entries[i]))


@lru_cache(maxsize=4)
def _zone_lakes(gazetteer: Gazetteer) -> frozenset[str]:
    """The lakes' names a zone is named after (汾湖): only where a text names one is a shore looked for."""
    entries = gazetteer.form_entries
    return frozenset(form for i, form in enumerate(gazetteer.forms)
                     if form.endswith(_LAKE_ENDS) and any(e.form == "zone" for e in entries[i]))
