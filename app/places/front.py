"""What a text says up front, before its news: photo captions and source lines, then an address.

Pages and sites often open an article on its photos' captions, each a line that closes on the
photo's credit (村民在晒谷场上忙碌。(张三 摄); …本版图片 本报记者 张三), or on a line giving its date
and source (2026-02-03 来源:泰州新闻网). Those lines name no place, or not the one the text is about
(启东吕四港的渔船归来 over a report on all of 启东): the text opens after them.

A line of that kind, a page's label (第A05版:无锡高新区) or a site's masthead (江苏省委宣传部 …办公室 主办) can
also come first and be taken for the headline: it is no headline, and its names are the outlet's or the page's.

A column's headline may name only its city (新春走基层|泰州:…) and leave the rest to the front: the
first sentence after those lines that names a place, if it writes a full address — a county and then
its town (位于泰州市海陵区城中街道钟楼社区的香江花园小区…), or the city and the zone that runs the town
(说到九江经开区七里湖街道…) — says which town; one that writes the city, a county and one of its
communities (翻开厦门市湖里区金安社区…) says which county. An address given later,
in a city's own report (…调查人员来到海陵区城中街道走访), does not. An opening may do the same as such
a headline: name the city and one of its villages only (记者来到苏州某某村), and give the village's full
address in the very next sentence, which opens on it (某某村位于…吴江区同里镇…): that town.
A text that names nothing else — no headline place, no other town, its county nowhere but there —
and writes one county and its town together once, as an address in the news's first paragraph
(在平桥区某某镇敬老院里, 老人们…), is that town's: nothing in it says the county's. The same address
further down a text whose opening names nothing (区委书记检查全区防汛工作。… 吴江区同里镇的排涝站…) is a stop of
the county's report.
"""

import re
from collections.abc import Iterator
from functools import lru_cache

from .furniture import site_furniture, site_name_line, spaced_menu
from .gazetteer import Gazetteer
from .matching import ZONE_WORDS  # the words that make a name a zone's (经开区, 高新区 …)
from .menus import HOME_LINK as _HOME_LINK, is_crumb, menu_headline
from .resolve import Resolved

# A line closing on a photo's credit: (张三 摄), (本报记者 李四 摄), 县委宣传部供图.
_CREDIT = re.compile(r"(?:摄|摄影|供图)\s*[)）]?$|图片?\s*(?:本报|早报|晚报)?记者\s*[\u4e00-\u9fff]{2,3}$")
# A line giving the date (时间:2024-01-24) or the source of what follows.
_SOURCE = re.compile(r"(?:来源|稿源)[:：]|^(?:(?:发布)?(?:时间|日期)[:：]\s*)?\d{4}[-./年]\d{1,2}[-./月]\d{1,2}")
# A headline that is a date and source line (2021-02-23 10:56 来源:南通网, its author's name between them or not), a
# page's label (第A05版:…) or a
# site's masthead: the bodies that run it, then 主办 set off by a space (…省精神文明建设办公室 主办).
_NOT_A_HEADLINE = re.compile(r"^(?:来源|稿源)[:：]|^第\s*[A-Za-z]?\d+\s*版"
                             r"|^\d{4}[-./]\d{1,2}[-./]\d{1,2}[\d:\s]*(?:(?:作者|记者|编辑)[:：]\S*\s*)?"
                             r"(?:(?:来源|稿源)[:：].*)?$|\s主办$")
_LEAD_LONGEST = 120  # a caption or a source line is a line or two, not a paragraph of news
_SENTENCE = re.compile(r"[^。!?！？\n]+[。!?！？\n]?")
# Right after a city's name: one of its villages or communities (苏州某某村, not 苏州市民 or 苏州村委).
_VILLAGE_AFTER = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:社区|村)(?![民委])")


@lru_cache(maxsize=64)  # asked of one body by several rules in turn
def lead_end(body: str) -> int:
    """Where the captions, source lines and breadcrumbs a body opens with end, and the site's name and menu lines
    (furniture.py); 0 when it opens on none."""
    end = 0
    for line in _lines(body):
        text = line.strip()
        if len(text) > _LEAD_LONGEST or not (_CREDIT.search(text) or _SOURCE.search(text) or is_crumb(text)
                                             or site_furniture(text)):
            break
        end += len(line)
    return end


# Where str.splitlines breaks a line (\r\n as one break).
_LINE_BREAK = re.compile("\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


def _lines(text: str) -> Iterator[str]:
    """`text.splitlines(keepends=True)`, one line at a time: most bodies open on no caption, and their other
    lines need not be split."""
    at = 0
    while at < len(text):
        brk = _LINE_BREAK.search(text, at)
        end = brk.end() if brk else len(text)
        yield text[at:end]
        at = end


def no_headline(folded: str) -> bool:
    """Whether a line taken for a headline is a date or source line, a page's label, a site's masthead, a
    line of its menu bar or its name alone (中国台湾网移动版: furniture.py), or its menu copied without its bars,
    opening on the home link (首页 专题新闻 本地专题 …: a headline's words spaced out open on no 首页)."""
    return bool(_NOT_A_HEADLINE.search(folded)) or menu_headline(folded) or site_name_line(folded) \
        or folded.lstrip().startswith(_HOME_LINK) and spaced_menu(folded, [], 0)


def town_addressed(gazetteer: Gazetteer, city: str, places: list[Resolved], body: str,
                   past_city: bool = False) -> str | None:
    """The town inside `city` that the body's first sentence naming a place (after its captions and
    source lines) writes right after its county, as an address. `body` is folded. With `past_city`, an
    opening that names the city alone, and one of its villages right after it (记者来到苏州某某村), leaves
    it to the sentence right after, when that sentence opens on the village (某某村位于…吴江区同里镇…)."""
    village = None  # the village the opening names after the city, and where that opening ended
    for sentence in _SENTENCE.finditer(body, lead_end(body)):
        named = [p for p in places if p.match.field == "body" and sentence.start() <= p.match.start < sentence.end()]
        if past_city and village is None and named and all(p.code in gazetteer.ancestors(city) for p in named):
            after = _VILLAGE_AFTER.match(body, named[-1].match.end)
            if not after and not holds_news(body, sentence.start(), sentence.end()):
                past_city = False  # a headline's line set in the body (江苏镇江:…): the news's first sentence next
                continue
            if not after:
                return None  # the city's own news (苏州市物价局…), not a village of it
            village = (after.group(), sentence.end())
            continue
        if past_city and not village or village and (body[village[1]:sentence.start()].strip()
                                                     or not body.startswith(village[0], sentence.start())):
            return None  # not the village's address right after: an address given later is a city's report's
        if named:
            towns = {town.code for around, town in zip(named, named[1:])
                     if gazetteer[town.code].level == "town" and city in gazetteer.ancestors(town.code)
                     and _addressed(gazetteer, around, town, body)}
            return towns.pop() if len(towns) == 1 else None
    return None


def county_addressed(gazetteer: Gazetteer, city: str, places: list[Resolved], body: str) -> str | None:
    """The county inside `city` that the body's first sentence naming a place (after its captions and
    source lines) writes as an address with no town in it: right after the city, and one of its communities
    or villages right after the county (翻开厦门市湖里区金安社区的…) — a headline naming the city alone
    (厦门金安社区:…) over a community of that county. `body` is folded."""
    for sentence in _SENTENCE.finditer(body, lead_end(body)):
        named = [p for p in places if p.match.field == "body" and sentence.start() <= p.match.start < sentence.end()]
        if named:
            counties = {county.code for around, county in zip(named, named[1:])
                        if around.code == city and around.match.end == county.match.start
                        and gazetteer[county.code].level == "county" and city in gazetteer.ancestors(county.code)
                        and _VILLAGE_AFTER.match(body, county.match.end)}
            return counties.pop() if len(counties) == 1 else None
    return None


def village_county(gazetteer: Gazetteer, city: str, places: list[Resolved], body: str) -> str | None:
    """The county inside `city` written after 在 right before a village or community the body keeps naming (在高新区
    树山村,… 树山 again and again), when the body names no other county of the city: a city's opening (苏州的杨梅就要
    上市了) over one village's scene. `body` is folded."""
    counties = {p.code for p in places if gazetteer[p.code].level == "county" and city in gazetteer.ancestors(p.code)}
    if len(counties) != 1:
        return None
    for p in places:
        if p.code in counties and p.match.field == "body" and body[p.match.start - 1:p.match.start] == "在":
            village = _VILLAGE_AFTER.match(body, p.match.end)
            name = village.group().removesuffix("社区").removesuffix("村") if village else ""
            if len(name) >= 2 and body.count(name) >= _VILLAGE_NAMED_LEAST:
                return p.code
    return None


_VILLAGE_NAMED_LEAST = 3  # times a village's name is written, at least, for a text to be on the village


def _addressed(gazetteer: Gazetteer, around: Resolved, town: Resolved, body: str) -> bool:
    """Whether `town` is written right after its county (海陵区城中街道), or after its county or city and
    the zone that runs it (九江经开区七里湖街道; 镇江高新区蒋乔街道, the zone's name read as the city's)."""
    gap = body[around.match.end:town.match.start]
    if around.code == gazetteer.filed_parent(town.code):
        return not gap
    zone = gap or around.match.text  # the zone written apart (九江经开区…), or found as the city's own (镇江高新区)
    return around.code in gazetteer.ancestors(town.code) and gazetteer[around.code].level in ("county", "city") \
        and ZONE_WORDS.fullmatch(zone) is not None


_TOWNS_VILLAGE = re.compile(r"[\u4e00-\u9fff]{1,4}村")  # 某某村, right after the town's name


def lone_address_town(gazetteer: Gazetteer, county: str, places: list[Resolved], body: str) -> str | None:
    """The town that the body's first paragraph (after its captions and source lines, and the lines before it that
    end no sentence), or an address going on to its village anywhere, writes right after `county` (or, going on to its
    village, anywhere: 应杨舍镇某某村委的邀请), when those two, each named once in the news (the county once more on
    the address's line, in a body named for it: 某某常熟服务队前往常熟市某某镇…), and the places around them are all
    the text names. The county named again on those lines before the paragraph, the headline's set in the body
    (汉川俩兄弟出资修桥 / 近日,湖北汉川市某某镇某某村…), is the head's, not the news's. `body` is folded."""
    towns = [p for p in places if gazetteer[p.code].level == "town"]
    if len(towns) != 1 or gazetteer.filed_parent(towns[0].code) != county:
        return None
    town, around = towns[0], gazetteer.ancestors(county)
    line_start = body.rfind("\n", 0, town.match.start) + 1  # the lines before end no sentence (first_paragraph_end)
    counties = [p for p in places if p.code == county and (p.match.field != "body" or p.match.start >= line_start)]
    if not 1 <= len(counties) <= 2 or any(p.code not in (county, town.code) and p.code not in around for p in places):
        return None
    if len(counties) == 2 and counties[1].match.end != town.match.start:
        return None
    # written right after the county, or going on to its village (应杨舍镇某某村的邀请: the county named elsewhere)
    village = _TOWNS_VILLAGE.match(body, town.match.end) if town.match.field == "body" else None
    written = counties[-1].match.field == town.match.field == "body" and counties[-1].match.end == town.match.start
    if not (written or village) or town.match.start < lead_end(body):
        return None
    # deeper in, an address that goes on to its village (长兴县太湖街道某某村的村民…) is still where the text is; a
    # county's own report names its towns there as stops (…检查防汛。…吴江区同里镇的排涝站…)
    deep = town.match.start >= first_paragraph_end(body)
    return town.code if not deep or village else None


def located_town(gazetteer: Gazetteer, area: str, places: list[Resolved], body: str) -> str | None:
    """The one town inside `area` (a county or a city) the body names, where the text first tells where its subject
    lies (某某古迹位于唯亭街道…), which locality answers for it (…翻新时,属地姑苏区平江街道…) or what its former unit
    is today (某县某某公社(今某某镇)某某村…), its county or city before it or not, however deep in the text and however
    often the area is named; not an item further down a list (…位于城北… 位于某某镇…). `body` is folded."""
    words = [at for at in (body.find(word) for word in _LOCATED) if at >= 0]
    if not words:  # (most texts: neither word)
        return None
    towns = {p.code for p in places if gazetteer[p.code].level == "town" and area in gazetteer.ancestors(p.code)}
    if len(towns) != 1:
        return None
    town = next(iter(towns))
    starts = {p.match.start: p for p in places if p.match.field == "body"}
    around = gazetteer.ancestors(town)
    for at in (at + 2 for at in words):
        named = starts.get(at)
        while named and named.code != town and named.code in around:  # (属地姑苏区平江街道: past the county)
            named = starts.get(named.match.end)
        if named and named.code == town and not _BESIDE.match(body, named.match.end):
            return town
    return None


_LOCATED = ("位于", "属地", "(今", "(现")  # …公社(今某某镇)某某村: a former unit glossed with today's town
_BESIDE = re.compile(r"[东南西北]{0,2}(?:边|侧|面|方)|以[东南西北]|附近|旁|一带")  # 位于某镇北边: beside it, not in it


# A line holding none is a site's line or a headline, not a paragraph; a ? before a reading, its bracket lost or not
# (日?(qǐng), 日?qǐng)), is a character the copying site lost, not a question's close.
SENTENCE_CLOSE = re.compile(r"[。!?！？](?!(?<=\?)\(?[a-zü\u00e0-\u01dc]{1,6}\))")  # (one set first: a quick scan)


def first_paragraph_end(body: str) -> int:
    """Where the body's first paragraph ends: the end of the first line past the lead that ends a sentence, past the
    lines that end none (a site's sections, the headline, 来源:… — 学术研究 / 专家观点 / … / 盐城:水稻开镰收割忙 /
    来源:…); with no such line, the end of the lead's line. `body` is folded."""
    lead = lead_end(body)
    first = SENTENCE_CLOSE.search(body, lead)
    return body.find("\n", first.start() if first else lead) % (len(body) + 1)
_HEADLINE_LINE_LONGEST = 24  # a headline's line crying out (…有你家!): short; a paragraph of news is longer


def headline_in_body(body: str, named: list[Resolved]) -> bool:
    """Whether the first of `named` (places of the folded `body`) is on a line of a headline set in the body, a line
    holding no sentence of news (某县一批小区上榜 over 9月3日,某县某某镇文明办对…): read as a headline."""
    first = min((p.match.start for p in named if p.match.field == "body"), default=None)
    if first is None:
        return False
    return not holds_news(body, body.rfind("\n", 0, first) + 1, body.find("\n", first) % (len(body) + 1))


def holds_news(body: str, start: int, end: int) -> bool:
    """Whether the lines of `body` from `start` to `end` hold a sentence of news: one closing a sentence that is no
    headline's line — a short line without 。 (某县一批小区上榜 / 快看看有没有你家! / 刚刚!一批小区上了名单) is one, set
    in the body."""
    close = SENTENCE_CLOSE.search(body, start, end)
    while close:  # (most often the first close is a paragraph's: one search and a look at its line)
        line_start = body.rfind("\n", start, close.start()) + 1 or start
        line_end = body.find("\n", close.start(), end) % (end + 1)
        if line_end - line_start > _HEADLINE_LINE_LONGEST and len(body[line_start:line_end].strip()) > \
                _HEADLINE_LINE_LONGEST or body.find("。", line_start, line_end) >= 0:
            return True
        close = SENTENCE_CLOSE.search(body, line_end, end)
    return False
