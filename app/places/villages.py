"""An article about a village is about the village's town.

Village pages and village news (曹园村, 南新村简介, "…南丰镇永联村的金手指广场…") name their
town once, in passing, among the village's own names — too seldom for the town to win by
count. So when the article is about one village, the town the article ties to it is the
place:
- the town written right before the village (南丰镇永联村), or else
- for an article headed by the village or community (its headline, or the start of its body),
  the first town the article names inside the county it is about.
A village is "the one the article is about" only when the article names it again (永联 …
永联): a village named once after its town is an address in passing (震泽镇三扇村老蚕农). An
article that shows the villages (or village areas, 片区) of two towns so is about the county, and
so is one whose other town, named as often, is written before a village of its own even once
(董浜镇智林村 … 智林村 … 尚湖镇新巷村 … 尚湖镇). A "village" bearing a place name the article
names is not one (狮山横塘片区: the area of two towns).
"""

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from .forms import facts_of
from .gazetteer import Gazetteer, NameEntry
from .matching import VILLAGE_AFTER, NameMatch
from .model import HEADLINE_FIELDS, ArticleText, field_texts
from .resolve import Resolved
from .readings import without_readings

# A village name: a few characters and 村 (古村落, 村落: the old village itself).
_VILLAGE = r"(?P<name>[\u4e00-\u9fff]{2,4}?)(?:古村落|村落|村|片区)"
# 南丰镇永联村, 香山街道的舟山村, 某某镇下辖的某某村; 东台五烈镇甘港村 (county and town written as one name, 镇
# after it); an address page's trail, a dot or an arrow between the levels (姜堰区·某某镇·某某村, 某某镇 > 某某村)
_BETWEEN = r"(?:镇|乡|街道)?(?:(?:下辖|所辖)?的|\s?[·>]\s?)?"
_AFTER_TOWN = re.compile(_BETWEEN + _VILLAGE)
# … or a town's community, as a street's (平江街道钮家巷社区 … 钮家巷)
_VILLAGE_OR_COMMUNITY = _VILLAGE.replace("片区)", "片区|社区)")
_COMMUNITY_AFTER_TOWN = re.compile(_BETWEEN + _VILLAGE_OR_COMMUNITY)
_AT_START = re.compile(r"(?:我们|本)?" + _VILLAGE)
_COMMUNITY_AT_START = re.compile(r"(?:我们|本)?" + _VILLAGE_OR_COMMUNITY)
# Words ending in 村 that are not a village's name (新农村建设, 美丽乡村, 全村, 该村).
_VILLAGE_AFTER_NAME = re.compile(VILLAGE_AFTER)  # a place's name right before 村 (舟山村)
# … or a city's right before 社区 (鲁信长春社区, an estate's community named after a far city; but 长春社区卫生服务中心,
# 社区教育: the city's own services)
_COMMUNITY = "社区"
_COMMUNITY_SERVICES = ("卫生", "服务", "教育", "工作", "治理", "建设", "矫正", "医", "养老", "学院", "大学")
_CITY_FORM_LENGTHS = (2, 3, 4, 5)  # 长春, 哈尔滨, 长春市 … 乌鲁木齐市
_NOT_ENDINGS = ("农", "乡", "渔")
_NOT_STARTS = ("我", "本", "全", "各", "该", "每", "这", "此", "一", "新农", "美丽")
_VILLAGE_REACH = 80  # how far after a town its village's name may end, readings and all
# 青石村位于溪口镇中部, 青石村,位于某某市某某区溪口镇, 开弦弓村,属某某市某某区七都镇, 某某社区,作为某某区某某街道的
# 一个社区: the village the sentence places in the town (its county and city may stand between, right before the town)
_PLACED = r"\s*[,,]?\s*(?:位于|地处|隶?属于?|坐落[于在]|作为)$"
# (the kind left out: the village's name written without 村, 北胜,位于西来桥北江边, where the text calls it
# 北胜村 elsewhere)
_PLACED_VILLAGE = re.compile(r"(?P<kind>古村落|村落|村|片区)?" + _PLACED)
_PLACED_COMMUNITY = re.compile(r"(?P<kind>古村落|村落|村|片区|社区)?" + _PLACED)
_HAN = re.compile(r"[\u4e00-\u9fff]+$")
_PLACED_REACH = 16  # how far before the town (and its address) the village's name may start


def without_village_namesakes(gazetteer: Gazetteer, matches: list[NameMatch], whole: str) -> list[NameMatch]:
    """A county or city name the article also writes as a village's (舟山村 … 舟山:核雕第一村), or a city name as
    a community's (某某长春社区 … 长春花园), is that village wherever it stands bare — unless the article names the
    place's province."""
    village_at = [v.start() for v in _VILLAGE_AFTER_NAME.finditer(whole)]  # one pass, not a pattern per name
    cities = _cities_written_as_communities(gazetteer, whole)
    if not village_at and not cities:  # no village at all: nothing to look up
        return matches
    # what the text writes right before each 村, at each length a name has: a set to look names up in
    lengths = {len(m.text) for m in matches}
    before_village = {whole[at - n:at] for at in village_at for n in lengths if at >= n}
    villages = {m.text for m in matches} & (before_village | cities)
    if not villages:
        return matches
    named = set().union(*(facts_of(gazetteer, m).codes for m in matches))  # every place a name may be

    def far(entry: NameEntry) -> bool:
        return gazetteer[entry.code].level in ("city", "county") and not (
            gazetteer.ancestors(entry.code) - {entry.code}) & named
    kept, dropped = [], False
    for m in matches:
        entries = tuple(e for e in m.entries if not far(e)) if m.text in villages else m.entries
        dropped = dropped or len(entries) < len(m.entries)
        if entries:
            kept.append(m if entries == m.entries else replace(m, entries=entries))
    return kept if dropped else matches  # (the same list when nothing is dropped: what is known of it holds)


def _cities_written_as_communities(gazetteer: Gazetteer, whole: str) -> set[str]:
    """The city names written right before a 社区 that is no service's (长春社区, not 长春社区卫生服务中心): a plain
    search, and the few characters before each looked up (a pattern would scan every character)."""
    found: set[str] = set()
    at = whole.find(_COMMUNITY)
    if at < 0:
        return found
    cities, tails = _city_forms(gazetteer)
    while at >= 0:
        # (most 社区 follow no city's last two characters: one look-up; a service's 社区 is asked once)
        if whole[at - 2:at] in tails and not whole.startswith(_COMMUNITY_SERVICES, at + len(_COMMUNITY)):
            found.update(whole[at - n:at] for n in _CITY_FORM_LENGTHS if whole[at - n:at] in cities)
        at = whole.find(_COMMUNITY, at + len(_COMMUNITY))
    return found


@lru_cache(maxsize=4)  # one set per gazetteer, made when first asked
def _city_forms(gazetteer: Gazetteer) -> tuple[frozenset[str], frozenset[str]]:
    """Every written form of a city (长春, 长春市, 哈尔滨 …), and their last two characters."""
    forms = frozenset(form for form, entries in zip(gazetteer.forms, gazetteer.form_entries)
                      if any(gazetteer[e.code].level == "city" for e in entries))
    return forms, frozenset(form[-2:] for form in forms)


def village_town(gazetteer: Gazetteer, article: ArticleText, places: list[Resolved], county: str,
                 communities: bool = True) -> str | None:
    """The town inside `county` of the village (or, with `communities`, the community) the article is
    about, if it is about one. A headline counting what it lists (我市4个典型上榜) leaves out communities:
    the one it names again is one of the list."""
    texts = field_texts(article)
    towns = _towns_inside(gazetteer, places, county)
    tied = towns_with_villages(gazetteer, article, places, county, communities)
    if len(tied) > 1:
        return None  # villages of two towns (渭塘镇X村 … 黄埭镇Y片区): a feature on the county
    if tied and _other_town_shows_a_village(gazetteer, article, places, county, tied[0]):
        return None  # 董浜镇智林村 … 智林村 beside 尚湖镇新巷村, 尚湖 named as often: the county
    if tied:
        return tied[0]
    heads = [texts[f] for f in HEADLINE_FIELDS] + [texts["body"]]
    at_start = (_COMMUNITY_AT_START if communities else _AT_START).match  # 南石湖社区 heading its own page
    if towns and any((start := at_start(without_readings(head))) and _named_again(start["name"], _whole(texts))
                     for head in heads):
        return towns[0].code
    return None


def towns_with_villages(gazetteer: Gazetteer, article: ArticleText, places: list[Resolved], county: str,
                        communities: bool = True) -> list[str]:
    """The towns inside `county` written right before a village (or community) the article names again."""
    texts = field_texts(article)
    whole = _whole(texts)
    # each village once, under the town first written before it: one village under two towns (虞山镇东环村 … 琴川街道 >
    # 东环村, its town's former name and its present one) is no feature on two towns
    towns: dict[str, str] = {}
    for place in _towns_inside(gazetteer, places, county):
        village = _village_of_town(texts, place, places, communities, gazetteer[place.code].status != "zone")
        if village and _named_again(village, whole):
            towns.setdefault(village, place.code)
    return list(dict.fromkeys(towns.values()))


def with_village(counts: Counter[str], town: str, village: str | None, body: str) -> Counter[str]:
    """How often the article names each place, its town counted once more for each time the body writes again the
    village placed in it (柳荫村,属某某区七都镇 … 柳荫村 … 柳荫村): a text about one village names its town with every
    mention of the village, so a town written once as the village's address is not outweighed by a county the text
    writes three times. A mention written after the town (某某镇柳荫村) is counted with the town already, and the same
    sentence printed twice over says no more. (`counts` itself with no village written again on its own.)"""
    if not village:
        return counts
    # the mentions not written right after a town (某镇某村 counts its town already), the one placing it left out
    again = len(re.findall(f"(?<![镇乡道]){re.escape(village)}村", body)) - 1
    return counts + Counter({town: again}) if again > 0 else counts


def town_of_the_village(gazetteer: Gazetteer, article: ArticleText, places: list[Resolved], town: str,
                        counts: Counter[str], body: str) -> str | None:
    """Another town of `town`'s county, written right before the one village the article keeps naming
    (潭头镇东湾村 … 东湾村 … 东湾村), where that village's mentions make it named more than `town` (the first town
    written, 梅花古镇 in a saying, a foil the opening sets it beside): the village's town, as for an article found to
    be the county's (`village_town`). Never a town the headline names: that one is the news."""
    if any(p.code == town and p.match.field in HEADLINE_FIELDS for p in places):
        return None
    county = gazetteer.filed_parent(town)
    tied = towns_with_villages(gazetteer, article, places, county, communities=False) if county else []
    if len(tied) != 1 or tied[0] == town or counts[tied[0]] > counts[town]:
        return None  # (most articles: no village written after a town, or the town found is the village's)
    other = tied[0]  # (named no more than `town`: only its village, written again on its own, can make it more)
    more = with_village(counts, other, village_of(article, places, other), body)[other] > counts[town]
    return other if more else None


def village_of(article: ArticleText, places: list[Resolved], town: str) -> str | None:
    """The name of a village written right after `town` in the article, or placed in it, if any."""
    texts = field_texts(article)
    return next((village for p in places if p.code == town and (village := _village_of_town(texts, p, places))), None)


def _village_of_town(texts: dict[str, str], town: Resolved, places: list[Resolved],
                     communities: bool = False, placed: bool = True) -> str | None:
    """The village written right after the town (南丰镇永联村), or else, with `placed`, the one a sentence says
    lies in it (青石村位于溪口镇…) — not in a zone that spans towns (青石社区位于某某开发区东侧: where in the
    county, not its town)."""
    after = _village_after(texts, town, places, communities)
    if after and not after.startswith(_NOT_STARTS):  # (…城东街道的一个行政社区: no community's name)
        return after
    return _village_placed_in(texts, town, places, communities) if placed else None


def _village_placed_in(texts: dict[str, str], town: Resolved, places: list[Resolved],
                       communities: bool) -> str | None:
    """The village a sentence says lies in the town (青石村位于溪口镇中部), the town's county and city written
    right before it or not (…位于某某市某某区溪口镇)."""
    start, field = town.match.start, town.match.field
    if any(place.match.end == start and place.match.field == field for place in places):  # (most towns: none)
        for place in sorted(places, key=lambda p: -p.match.start):  # the address written back to back before it
            if place.match.field == field and place.match.end == start:
                start = place.match.start
    before = without_readings(texts[town.match.field][max(0, start - _PLACED_REACH):start])
    placed = (_PLACED_COMMUNITY if communities else _PLACED_VILLAGE).search(before)
    han = placed and _HAN.search(before, 0, placed.start())
    if not han:
        return None  # (most towns: no sentence placing a village in them)
    text = without_readings(texts[town.match.field])
    # the longest name the text writes again as a village (始祖青石村位于…: 青石, not 始祖青石); written
    # without 村 where it is placed, the name the text writes with 村 twice at least
    kind = placed["kind"] or "村"
    names = [han[0][-n:] for n in (4, 3, 2) if len(han[0]) >= n]
    return next((name for name in names if text.count(name + kind) >= 2
                 and not any(name == p.match.text for p in places)), None)


def _other_town_shows_a_village(gazetteer: Gazetteer, article: ArticleText, places: list[Resolved], county: str,
                                town: str) -> bool:
    """Whether another town of `county`, named at least as often as `town`, is written right before a
    village of its own (even one named once): the article shows the villages of two towns."""
    texts = field_texts(article)
    named = Counter(p.code for p in places)
    return any(place.code != town and named[place.code] >= named[town]
               and (village := _village_after(texts, place, places)) and not village.startswith(_NOT_STARTS)
               for place in _towns_inside(gazetteer, places, county))


def _village_after(texts: dict[str, str], town: Resolved, places: list[Resolved],
                   communities: bool = False) -> str | None:
    """The name of the village (or, with `communities`, the community) written right after a town, if any;
    a name the article gives a place is not a village's (狮山横塘片区: the area of two towns, not a village
    called 横塘)."""
    after = (_COMMUNITY_AFTER_TOWN if communities else _AFTER_TOWN).match(_text_after(texts, town))
    if after is None or any(after["name"] == p.match.text for p in places):
        return None
    return after["name"]


def _towns_inside(gazetteer: Gazetteer, places: list[Resolved], county: str) -> list[Resolved]:
    return [p for p in places if gazetteer[p.code].level == "town" and county in gazetteer.ancestors(p.code)]


def _whole(texts: dict[str, str]) -> str:
    """The article's fields in one text, without the readings a copying site prints after characters: once an
    article, for every name looked up in it (kept for the article's fields, `field_texts`' own mapping, by its
    identity: asked again for each town and each rule, for the same fields)."""
    kept = _WHOLES.get(id(texts))
    if kept is not None and kept[0] is texts:
        return kept[1]
    if len(_WHOLES) >= _WHOLES_KEPT:
        _WHOLES.clear()
    whole = without_readings("\n".join(texts.values()))
    _WHOLES[id(texts)] = (texts, whole)  # (the entry holds the fields: no other can take their id meanwhile)
    return whole


_WHOLES: dict[int, tuple[dict[str, str], str]] = {}
_WHOLES_KEPT = 64


def _named_again(name: str, whole: str) -> bool:
    """`whole` is `_whole`'s."""
    return not name.endswith(_NOT_ENDINGS) and not name.startswith(_NOT_STARTS) and whole.count(name) >= 2


def _text_after(texts: dict[str, str], town: Resolved) -> str:
    """What follows the town, without the readings a copying site prints after characters
    (鎮(zhèn)·團(tuán)結(jié)社區(qū))."""
    text = texts[town.match.field]
    return without_readings(text[town.match.end:town.match.end + _VILLAGE_REACH])


def heads_village_named_again(article: ArticleText, town: Resolved) -> bool:
    """Whether a village the article names again follows the town (…望亭镇迎湖村 … 迎湖村): the
    article is about that village, and the address says where it is."""
    texts = field_texts(article)
    after = _AFTER_TOWN.match(_text_after(texts, town))
    return bool(after) and _whole(texts).count(after.group("name")) >= 2
