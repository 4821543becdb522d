"""A trip out: the travellers' own place is the news, not the places they go to.

Visitors who come (咸阳市党政代表团来我市考察) are from elsewhere, and the host is where the article
is (matching marks both). A paper also reports its own people going out: 相城区区长率队赴上海招商考察,
新海镇干部赴启东市启隆镇开展学习调研. Written with 赴 or 前往, the places named between that word and
the trip's purpose (考察, 调研, 学习, 招商 …) are where they went; when those lie outside the county of
every place the sentence names before them, the article is about the travellers' place — unless the host's own
people received them (…一行赴吴江区黎里镇考察。吴江区委副书记…、黎里镇党委书记陪同): the host's report. A trip inside
the travellers' own county (海安市政协赴李堡镇调研) is news of the town visited, and stays so, as is a
delegation's (常熟市党政考察团赴姜堰参观): a 代表团 or 考察团 is reported as visitors, where it goes; the city
around both ends (苏州市委 … 相城区干部赴姑苏区平江街道交流) says nothing of where they set out from.

An inspection by a county's or a city's own body (苏州市人大常委会视察…, 区人大代表…调研) and a
visit in to the city a headline names (…课题组来苏州调研) go round the place: the stops they make, though one
town is named twice (娄葑样板 … 娄葑街道), are where they went, not what the article is about.

Where people come from is written so (来自台湾的营造师, 来自河南兰考县的农机手, 从河南来的农机手): the place is their
origin, told of a person, and the news is where they now are (福州市马尾区, 密云区河南寨镇) — counted as a visitor's.
"""

import re
from dataclasses import replace

from .gazetteer import Gazetteer
from .matching import SENTENCE_END
from .model import HEADLINE_FIELDS, ArticleText, field_texts
from .resolve import Resolved
from .roundups import at_level

# 赴/前往, then where they went, up to what they went for.
_OUTBOUND = re.compile(r"(?:赴|前往)([^,;:,;:。!?！？\n]{1,40}?)(?:开展|进行)?"
                       r"(?:考察|调研|学习|交流|招商|对接|拜访|参观|访问|观摩|洽谈)")
_DELEGATION = re.compile(r"代表团|考察团|访问团|参观团|观摩团|实践团|实践队|采风团")
# A trip's purpose that is the place it goes to: aid, paired work (赴某县调研帮扶工作, 赴宿迁开展百企帮百村)
_AID = re.compile(r"对口|帮扶|援疆|援藏|援建|协作|结对|支援|扶贫|帮百村")


def _sentence_end(text: str, trip: re.Match) -> int:
    end = SENTENCE_END.search(text, trip.end())
    return end.start() if end else len(text)


def without_destinations(gazetteer: Gazetteer, places: list[Resolved], article: ArticleText) -> list[Resolved]:
    """The places named, without those the travellers went to when the trip left their county —
    and their own places no longer counted as visitors'."""
    raw = (article.kicker or "", article.title or "", article.subtitle or "", article.body)
    if not any("赴" in text or "前往" in text for text in raw):  # most texts tell no trip: nothing to fold
        return places
    texts = field_texts(article)
    went_to: set[str] = set()
    for field, text in texts.items():
        if "赴" not in text and "前往" not in text:
            continue
        for trip in _OUTBOUND.finditer(text):
            begun = max((m.end() for m in SENTENCE_END.finditer(text, 0, trip.start())), default=0)
            if _DELEGATION.search(text, begun, trip.start()) \
                    or _AID.search(text, trip.start(), _sentence_end(text, trip)):
                continue  # a delegation is reported as visitors, where it goes; so is the work of an aid's partners
            here = [p for p in places if p.match.field == field]
            destinations = [p.code for p in here if trip.start(1) <= p.match.start < trip.end(1)]
            # where they set out from: what the sentence names before, but not the city around both
            origins = [p.code for p in here if begun <= p.match.start < trip.start()
                       and not any(p.code in gazetteer.ancestors(d) for d in destinations)]
            if origins and destinations and all(apart(gazetteer, o, d) for o in origins for d in destinations) \
                    and not _received(gazetteer, here, text, trip.end(), destinations):
                went_to.update(destinations)
    if not went_to:
        return places
    kept = [replace(p, match=replace(p.match, visitors=False, host=False)) for p in places if p.code not in went_to]
    return kept or places


def _received(gazetteer: Gazetteer, here: list[Resolved], text: str, after: int, destinations: list[str]) -> bool:
    """Whether the sentence right after the trip's is the host's formula naming who of the destination's county went
    with the travellers (吴江区委副书记李某、黎里镇党委书记王某陪同。): the host received them, and the article is
    its report. (The travellers' own paper says so inside the trip's sentence, if at all: …赴上海考察,某副区长陪同.)"""
    at = text.find("陪同", after)
    if at < 0 or not SENTENCE_END.match(text, at + 2) and at + 2 < len(text):
        return False
    ends = [m.end() for m in SENTENCE_END.finditer(text, after, at)]
    if len(ends) != 1:  # the trip's own sentence, or further on: not the formula
        return False
    begun = ends[0]
    areas = {at_level(gazetteer, d, "county") or d for d in destinations}
    return any(begun <= p.match.start < at and (at_level(gazetteer, p.code, "county") or p.code) in areas for p in here)


def apart(gazetteer: Gazetteer, origin: str, destination: str) -> bool:
    """Whether neither place lies inside the other's county (or the other itself, above a county)."""
    origin_area = at_level(gazetteer, origin, "county") or origin
    destination_area = at_level(gazetteer, destination, "county") or destination
    return origin_area not in gazetteer.ancestors(destination) and destination_area not in gazetteer.ancestors(origin)


# a headline telling a visit in: 苏州市领导率队来海考察, 某市政协来启调研 (the host written short, or not at
# all; the visitors a leader, a delegation or a body: its 政协, 人大, a 课题组)
_VISIT_IN = re.compile(r"(?:领导|代表团|考察团|访问团|参观团|观摩团|一行|政协|人大(?:常委会)?|党政|课题组|调研组|"
                       r"考察组)"
                       r"[^,;:,;:。!?！？\n]{0,4}?(?:来|到)"
                       r"[^,;:,;:。!?！？\n]{0,6}?(?:考察|调研|视察|参观|学习|交流|访问|观摩)")


# right before a place: where the people told of come from (来自台湾; 从河南来的, 从河南赶来: 来 right after the place)
_COME = re.compile(r"赶?来")
_FROM_COME = re.compile(r"从[^,;:,;:。!?！？\n]{1,12}?赶?来")  # a text that says so at all


def _ends(text: str, word: str) -> set[int]:
    """Where each `word` of `text` ends (found by str.find, far cheaper than a pattern over the whole text)."""
    ends, at = set(), text.find(word)
    while at >= 0:
        ends.add(at + len(word))
        at = text.find(word, at + 1)
    return ends


def with_origins(places: list[Resolved], article: ArticleText) -> list[Resolved]:
    """The places written as where people come from (来自台湾的社区营造师, 从河南来的农机手, and the places written
    back to back after one: 来自河南兰考县) marked as the visitors' — but for the place the headline is about, whose
    people they are (相城… over 来自相城区文化馆的…)."""
    texts = field_texts(article)
    after = {field: _ends(text, "来自") | (_ends(text, "从") if _FROM_COME.search(text) else set())
             for field, text in texts.items() if "来自" in text or "从" in text and _FROM_COME.search(text)}
    if not after or not any(p.match.start in after.get(p.match.field, ()) for p in places):
        return places  # most texts say of no one where they come from
    origins: set[tuple[str, int]] = set()  # (field, start) of each origin, and of where the next one would start
    for p in sorted(places, key=lambda p: (p.match.field, p.match.start)):
        text, start = texts[p.match.field], p.match.start
        if (p.match.field, start) in origins or start in after.get(p.match.field, ()) \
                and (text[start - 1] != "从" or _COME.match(text, p.match.end)):
            origins.update(((p.match.field, start), (p.match.field, p.match.end)))
    headline = {p.code for p in places if p.match.field in HEADLINE_FIELDS}
    return [replace(p, match=replace(p.match, visitors=True))
            if (p.match.field, p.match.start) in origins and p.code not in headline else p for p in places]


def with_headline_visitors(gazetteer: Gazetteer, places: list[Resolved], article: ArticleText) -> list[Resolved]:
    """The places a headline names before a visit in (苏州市领导率队来海考察) marked as the visitors',
    when the body names a place outside them: the visitors' city is not where the article is, though the
    host is written short (来海) and matched nowhere in the headline."""
    title = field_texts(article).get("title", "")
    visit = _VISIT_IN.search(title) if title else None
    if not visit:
        return places
    before = {p.code for p in places if p.match.field == "title" and p.match.end <= visit.start()
              and not p.match.host}
    if not before or any(p.match.field == "title" and p.match.start >= visit.end() for p in places):
        return places  # the host is named in the headline: matching has marked the visit
    elsewhere = [p for p in places if p.match.field == "body"
                 and not any(b in gazetteer.ancestors(p.code) or p.code in gazetteer.ancestors(b) or p.code == b
                             for b in before)]
    if not elsewhere:
        return places
    return [replace(p, match=replace(p.match, visitors=True)) if p.code in before and p.match.field == "title" else p
            for p in places]


# an inspection by a body of a place, its members or its leaders (…人大常委会视察…, 区人大…调研): the body's word
_INSPECTION = re.compile(r"(?:人大|政协|领导)[^。!?！？\n]{0,40}?(?:视察|考察|调研|督查)")
# 市, 区 or 县 written alone (昨天,市人大…; 组织区人大代表…), not the end of a place's name (苏州市领导…)
_OWN_UNIT = re.compile(r"(?:^|[^\u4e00-\u9fff]|[的织由和与及])[市区县]$")
# a visit to a place the headline names: 来苏州调研, 到南通考察, 赴姑苏区考察
_TO_HOST = re.compile(r"(?:来|到|赴)$")
_HOST_PURPOSE = re.compile(r"[^,;:,;:。!?！？\n]{0,4}?(?:考察|调研|视察|参访|访问|观摩)")


def visit_keeps_whole(gazetteer: Gazetteer, code: str, places: list[Resolved], article: ArticleText,
                      opening: str) -> bool:
    """Whether the article tells a visit that keeps `code`, a county or a city, whole: an inspection by the
    place's own body (苏州市人大常委会视察…, or 市人大常委会…, 区人大… with the place unnamed before it) in
    the headline or the opening sentence (`opening`, folded), or a visit to the city or county the headline names
    (…课题组来苏州调研, 市长赴姑苏区考察). Its stops (相城区某中心, 阳澄湖镇某村; 娄葑街道 twice; 沧浪街道某社区) are
    where it went, not the news."""
    if gazetteer[code].level not in ("county", "city"):
        return False
    texts = field_texts(article)
    for p in places:  # 来苏州调研, 赴姑苏区考察 in the headline: the place visited
        text = p.match.folded  # (its field's, folded)
        if p.code == code and p.match.field in HEADLINE_FIELDS \
                and (p.match.text[0] in "来到" or _TO_HOST.search(text, max(0, p.match.start - 1), p.match.start)) \
                and _HOST_PURPOSE.match(text, p.match.end):
            return True
    if _letter_hosted_inside(gazetteer, code, places, texts["title"]):
        return False  # 某市人大常委会在太考察: the county it went to (太仓) is the news
    unit = "市" if gazetteer[code].level == "city" else "区县"
    for field, text in (("kicker", texts["kicker"]), ("title", texts["title"]), ("body", opening)):
        for found in _INSPECTION.finditer(text):
            before = found.start()
            named = [p.code for p in places if p.match.field == field and p.match.end == before]
            if code in named or not named and _OWN_UNIT.search(text, max(0, before - 2), before) \
                    and text[before - 1] in unit:
                return True  # 苏州市人大常委会…, or 市人大常委会…, 组织区人大… with no place written: the paper's own
    return False


# a headline's visit to a host written as one letter of its name (在太考察, 来通调研)
_LETTER_VISIT = re.compile(r"[在来到赴]([\u4e00-\u9fff])(?:考察|调研|视察|督查)")


def _letter_hosted_inside(gazetteer: Gazetteer, code: str, places: list[Resolved], title: str) -> bool:
    """Whether the headline tells a visit to a county inside `code` written as one letter of its name, the county
    named in full in the text (某市人大常委会在太考察 … 太仓市委书记…陪同)."""
    visit = _LETTER_VISIT.search(title) if title else None
    return visit is not None and any(
        visit[1] in p.match.text and p.code != code and gazetteer[p.code].level == "county"
        and code in gazetteer.ancestors(p.code) for p in places)


def without_visitors_places(gazetteer: Gazetteer, places: list[Resolved]) -> list[Resolved]:
    """The places named, without those the visitors come from (咸阳市党政代表团来我市考察)
    and the places inside or around them — unless nothing else is named."""
    if not any(p.match.visitors for p in places):  # (most texts: no visitors, every place kept)
        return places
    # visitors from the host's own county or city (吴江区 … 到同里镇考察), or from around the place the headline or the
    # opening names (…乐余镇的风筝赛 … 来自苏州市某协会的…; 王江泾镇… … 纱线来自嘉兴), are not from elsewhere
    hosts_named = {p.code for p in places if p.match.host}
    up_front = [p for p in places if p.match.field in HEADLINE_FIELDS or p.match.opening]
    named_up_front = {p.code for p in up_front if not p.match.visitors} - hosts_named
    told_up_front = {p.code for p in up_front if p.match.visitors}  # (visitors up front: the opening tells the visit)
    origins = {p.code for p in places if p.match.visitors
               and not any(p.code in gazetteer.ancestors(h) for h in hosts_named)
               and (p.code in told_up_front or not any(p.code != h and p.code in gazetteer.ancestors(h)
                                                       for h in named_up_front))}
    if not origins:
        return places
    # the province or city an origin is written with (来自江苏某县) is its address: the places inside it stay
    innermost = {o for o in origins if not any(o != inner and o in gazetteer.ancestors(inner) for inner in origins)}
    hosts = [p for p in places if p.match.host or p.code not in origins
             and not any(o in gazetteer.ancestors(p.code) or p.code in gazetteer.ancestors(o) for o in innermost)]
    return hosts or places
