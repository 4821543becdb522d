"""The town where the news happened, written as the town and the one community or village in it that
the opening takes the reader to: …代表们来到江陵街道江兴社区,开展接待活动; 这回翻修的小区在平江街道
拙政园社区…. A headline that names only the county (…在吴江开展…) or the city (苏州这个老旧小区…) over
such an opening is news of that town, though the town is named once and the county or city often.

A town named with its community without a word that takes the reader there (震泽镇众安村蚕农说…) is an
example, not the venue, and two towns so written (走进甲镇A村,又来到乙镇B村) leave the article where it was.

The other way round, a county's or a city's own event held in one of its towns (张家港市…主题活动在大新镇
文化中心举行) is the county's news: the town is only where it was held — unless it was held in a village of the
town that the text goes on to tell of (…丰收节在某镇某某举行 … 某某村通过…): the village's news is its town's.

A headline's place written only as where a report or a list came out (…百强镇榜单在北京发布) is no more the news,
when the opening names places and none of them is it or lies in it: the news is what the list says of those places.
"""

import re
from collections import Counter

from .front import lead_end
from .gazetteer import Gazetteer
from .matching import SENTENCE_END, SENTENCE_MARKS
from .model import HEADLINE_FIELDS, ArticleText
from .names import fold
from .openings import opens_city_wide
from .resolve import Resolved
from .roundups import at_level
from .wordsets import WordSet

# the words that take the reader to a place: 来到, 走进, 位于 … — right before the town
_TAKEN_THERE = re.compile(r"(?:来到|走进|走入|深入|前往|位于|地处)$")
# one community or village of the town, right after it: 江兴社区, 拙政园社区, 东林村 (not 村民, 村委)
_ONE_PLACE_AFTER = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:社区|村)(?![民委])")
_OPENING_SENTENCES = 2


def venue_town(gazetteer: Gazetteer, within: str, places: list[Resolved], body: str) -> str | None:
    """The one town inside `within` (a county or city) that the body's first sentences after its
    captions and source lines write as the venue: a word that takes the reader there, the town, then one
    of its communities or villages. `body` is folded, as the places' offsets are."""
    start = lead_end(body)
    end = start
    for _ in range(_OPENING_SENTENCES):
        found = SENTENCE_END.search(body, end)
        end = found.end() if found else len(body)
    towns = {p.code for p in places
             if p.match.field == "body" and start <= p.match.start < end
             and gazetteer[p.code].level == "town" and within in gazetteer.ancestors(p.code)
             and _TAKEN_THERE.search(body, max(0, p.match.start - 2), p.match.start)
             and _ONE_PLACE_AFTER.match(body, p.match.end)}
    return towns.pop() if len(towns) == 1 else None


def lone_county(gazetteer: Gazetteer, city: str, places: list[Resolved], body: str) -> str | None:
    """The one county inside `city` that the body names at all, itself or through its towns, when the
    headline names only the city (江苏苏州:悦龄食堂… over …昆山启动悦龄食堂项目…): a city's column over one
    county's news. The city named again in the body is still its column (上海的老渔村 … 上海的最西头 … 松江西部),
    unless the body opens across it (泰州市物价局…全市…). A body naming two counties (常熟…昆山…) is the city's."""
    again = opens_city_wide(body)  # the city named in the body counts only in the city's own report
    counties = {at_level(gazetteer, p.code, "county") for p in places
                if p.match.field == "body" and (again or p.code != city) and city in gazetteer.ancestors(p.code)}
    if len(counties) != 1 or None in counties:
        return None
    county = counties.pop()
    # the city named in full in the body more often than the county is the city's own report (苏州市公安局… 苏州市各派出
    # 所… with one example from 常熟), not a column over one county's news (上海最西端… 青浦; 泰州段… 海陵区)
    full = gazetteer[city].name
    in_body = Counter(city if p.code == city else county for p in places if p.match.field == "body"
                      and city in gazetteer.ancestors(p.code) and (p.code != city or p.match.text == full))
    return county if in_body[city] <= in_body[county] else None


# a county's or a city's own event and where it was held: …读书节开幕式在某某镇图书馆举行
_HELD = re.compile(r"举行|举办|召开|开幕")
_HELD_WORDS = WordSet(("举行", "举办", "召开", "开幕"))  # (whether a body holds one: the shared word pass says)
_AT = "在"
_OWNERS = ("county", "city")  # a province's event held in a town is news of the town
_VENUE_REACH = 8  # 在 at most this far before the place: 在港区(浮桥镇)…, 在吴中区越溪街道…
_VILLAGE_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")  # 某某, 某某村 or 某某社区, between the town and 举行
_VILLAGE_WORDS = ("社区", "村")  # a village, or the community a town's streets are cut into


def without_event_venues(gazetteer: Gazetteer, named: list[Resolved], body: str) -> list[Resolved]:
    """The places less those named only as where the county's or city's own event was held:
    a sentence that names the county (or city) and then, after 在, one of its towns, before 举行, 召开 …
    (张家港市…开幕式在大新镇图书馆举行; 苏州市…启动仪式在吴中区越溪街道某村举行) reports the
    county's event, not the town's news. A town named before the 在 as well is the news of that town.
    `body` is folded, as the places' offsets are."""
    if not _HELD_WORDS.found_in(body):
        return named  # (most bodies: no event held, so no venue of one)
    venues = set()
    for p in named:
        if p.match.field != "body" or gazetteer[p.code].level != "town":
            continue
        at = body.rfind(_AT, max(0, p.match.start - _VENUE_REACH), p.match.start)
        if at < 0 or SENTENCE_END.search(body, at, p.match.start) or "," in body[at:p.match.start]:
            continue
        end_found = SENTENCE_END.search(body, p.match.end)
        end = end_found.start() if end_found else len(body)
        gap = body[at + len(_AT):p.match.start]
        held = _HELD.search(body, p.match.end, end)
        if not held or not (gap == "" or gap.endswith("(")) or not _bare(gazetteer, p):
            continue  # 在海门市常乐镇某广场…, 在苏州工业园区唯亭某处…: an address written out takes the reader there
        if _village_told_of(body, body[p.match.end:held.start()]):
            continue
        start = max(body.rfind(mark, 0, at) for mark in SENTENCE_MARKS) + 1  # back to the sentence's start
        before = [q for q in named if q.match.field == "body" and start <= q.match.start < at]
        if any(q.code == p.code for q in before):
            continue
        if any(q.code in gazetteer.ancestors(p.code) and gazetteer[q.code].level in _OWNERS for q in before):
            venues.add(id(p))
    return [p for p in named if id(p) not in venues] if venues else named


# where a report or a list came out, in a headline: …报告在北京发布
_RELEASED = ("发布", "揭晓", "出炉")


def without_release_venues(gazetteer: Gazetteer, named: list[Resolved], article: ArticleText) -> list[Resolved]:
    """The places less a headline's place written right between 在 and 发布 (or 揭晓, 出炉) when the body's
    opening names places and none of them is or lies in it: where a report came out, not where its news is."""
    released = set()
    for p in named:
        if p.match.field not in HEADLINE_FIELDS:
            continue
        text = fold(getattr(article, p.match.field) or "")
        if text[max(0, p.match.start - len(_AT)):p.match.start] != _AT or not text.startswith(_RELEASED, p.match.end):
            continue
        opening = [q.code for q in named if q.match.field == "body" and q.match.opening]  # (for few names)
        if opening and not any(code == p.code or p.code in gazetteer.ancestors(code) for code in opening):
            released.add(id(p))
    return [p for p in named if id(p) not in released] if released else named


def _village_told_of(body: str, between: str) -> bool:
    """Whether the words between a town and 举行 (某某, 某某村, 某某社区) are a village or a community the folded
    body names again, as such."""
    for word in _VILLAGE_WORDS:
        village = between.removesuffix(word)
        if _VILLAGE_NAME.fullmatch(village) and body.count(village) >= 2 and village + word in body:
            return True
    return False


def _bare(gazetteer: Gazetteer, place: Resolved) -> bool:
    """Whether the town is written by its own name (大新镇, 浮桥), not with its county or zone before it."""
    return fold(gazetteer[place.code].name).startswith(place.match.text[:2])


# an event's organisers: 由 …, the first of them a town's own office, … 主办 (or 承办) in the same sentence
_ORGANISED_BY = "由"
_ORGANISED_WORDS = ("主办", "承办")  # (in a whole body looked for one by one: quicker than a pattern's search)
_ORGANISED = re.compile("|".join(_ORGANISED_WORDS))
_TOWN_OFFICE = re.compile(r"(?:街道)?(?:办事处|人民政府|政府|党委|党工委)")
_GOVERNMENT = "人民政府"  # 某某市人民政府某某街道办事处: the town's office, its county's name before it


def organising_towns(gazetteer: Gazetteer, places: list[Resolved], body: str) -> set[str]:
    """The towns whose own office heads the organisers of the body's event (本次比赛由某某市人民政府某某街道
    办事处、…主办): the event is the town's, however often the county is named around it (in the
    event's name, in the other organisers'). A county's body heading them (由某某区文明办、某某镇人民政府主办)
    keeps the event the county's. `body` is folded, as the places' offsets are."""
    towns: set[str] = set()
    if _ORGANISED_BY not in body or not any(word in body for word in _ORGANISED_WORDS):  # (most: no organisers named)
        return towns
    for p in places:
        if p.match.field != "body" or gazetteer[p.code].level != "town" or not _TOWN_OFFICE.match(body, p.match.end):
            continue
        by = body.rfind(_ORGANISED_BY, max(0, p.match.start - 16), p.match.start)
        end = SENTENCE_END.search(body, p.match.end)
        if by < 0 or not _ORGANISED.search(body, p.match.end, end.start() if end else len(body)):
            continue
        gap = body[by + 1:p.match.start]  # nothing but the town's county or city, and its government
        for around in gazetteer.filed_chain(p.code):
            gap = gap.replace(fold(around.name), "").replace(fold(around.name)[:-1], "")  # 常熟市, 常熟
        if gap.replace(_GOVERNMENT, "") == "":
            towns.add(p.code)
    return towns
