"""Where a text's sentences end up front: its opening, the sentence after it, the sentence after
any given one.

The opening is the first sentence, a sentence quoted inside it not counting. An opening that is
only a quotation ("上海下一站,下一站上海"!) is a slogan or a cry: it runs on into the sentence after
it, which says where the text is. A caption-like first line (桔农们正忙着采收。) names nothing, and the
sentence after it (9月18日,在…县…镇…) does the opening's work; a text that opens on its county says
in the sentence after the one naming it where in it the news is (…苏州高新区新添一处绣品展馆。在镇湖街道,…).
An opening that names only a province (…江苏代表团审议…) sets a meeting's scene: the sentence after it,
naming a town of it with its county, says where; so does an opening naming only its city (台风影响苏州…) before a
sentence that opens on the address (在姑苏区双塔街道…). The paragraph after the news's first one may open on where its
event took place (…活动拉开帷幕。 / 在某某街道某某社区,…参加了活动): that sentence is read as the sentence after.
A page's headline set in the body, then its date and source lines (江苏如东:… / 2024-09-03 / 来源:…), end no sentence:
the sentence after such an opening is the news's first, past those lines.
"""

import re
from functools import lru_cache

from .front import SENTENCE_CLOSE, first_paragraph_end, lead_end
from .gazetteer import Gazetteer
from .matching import SENTENCE_END
from .resolve import Resolved
from .roundups import DAY_OF_MONTH

_QUOTES = {"“": "”", "「": "」", "『": "』", "\"": "\""}
_OPENING_MARKS = re.compile("|".join([SENTENCE_END.pattern,
                                      *map(re.escape, dict.fromkeys([*_QUOTES, *_QUOTES.values()]))]))
_LETTER = re.compile(r"[^\W_]")  # what str.isalnum takes
# A quotation opening the news, its paper's credit before it at most (某某网讯 “……”)
_OPENING_QUOTE = re.compile(r"\s*(?:[^\s,。,:;!?“「『]{1,24}?[讯电][\s:]*)?"
                            r"(“[^“”\n]{1,100}”|「[^「」\n]{1,100}」|『[^『』\n]{1,100}』)")
_PROVINCE_WIDE = re.compile("全省|我省|各地")  # an opening counting across its province: the province's news
_CITY_WIDE = re.compile("全市|我市|地区各|各县")  # … or across its city (南通地区各客运站…, 市区到各县…)
# What may stand before an address opening the sentence after a city's scene: 在, or the day first (10月21日,在…).
_ADDRESS_LEAD = re.compile(rf"(?:{DAY_OF_MONTH.pattern}(?:上午|下午|晚上?)?[,，]\s*)?在?")
_SITE_LINES_MOST = 4  # a date, a source line, an author, a column's name: what a site sets between headline and news


@lru_cache(maxsize=64)  # asked again for the same body by second_sentence
def opening_end(body: str) -> int:
    """Where the first sentence of `body` ends, a sentence quoted inside it not counting."""
    closing: list[str] = []
    own_words, read = False, 0  # the writer's own words (outside quotations); read from mark to mark up to here
    for mark in _OPENING_MARKS.finditer(body):
        i, char = mark.start(), mark.group()
        own_words = own_words or not closing and _LETTER.search(body, read, i) is not None
        if closing and char == closing[-1]:
            closing.pop()
        elif char in _QUOTES:
            closing.append(_QUOTES[char])
        elif not closing and SENTENCE_END.match(char) and own_words:
            return i + 1
        read = i + 1
    return len(body)


def second_sentence(places: list[Resolved], body: str) -> list[Resolved]:
    """The places of the sentence right after an opening that names none. Further on, a body's
    places are weighed as a whole. `body` is the article's body, folded."""
    opened = max(opening_end(body), lead_end(body))  # (张三 摄) and 来源: lines first: the text opens after them
    end = opened + opening_end(body[opened:])  # a quotation alone (“…。”近日,…) runs on, as an opening does
    if not SENTENCE_CLOSE.search(body, 0, end):  # a headline, a date, 来源:…: a site's lines, the news after them
        opened, end = _news_opening(places, body, opened, end)
    return [p for p in places if p.match.field == "body" and opened <= p.match.start < end]


def _news_opening(places: list[Resolved], body: str, opened: int, end: int) -> tuple[int, int]:
    """Where the news's first sentence starts and ends when the lines from `opened` on up to it are a site's (a
    date, 来源:…, a column's name), each ending no sentence and naming no place; else (opened, end), as found."""
    first = SENTENCE_CLOSE.search(body, end)
    start = body.rfind("\n", 0, first.start()) + 1 if first else 0
    if start < end or body.count("\n", opened, start) > _SITE_LINES_MOST \
            or any(opened <= p.match.start < start for p in places if p.match.field == "body"):
        return opened, end
    return start, start + opening_end(body[start:])


def sentence_after(places: list[Resolved], body: str, named: list[Resolved]) -> list[Resolved]:
    """The places of the sentence right after the one that holds `named` (the opening's places, or
    the second sentence's): the second sentence when they are the opening's."""
    starts = [p.match.start for p in named if p.match.field == "body"]
    if not starts or second_sentence(places, body) != named:
        return second_sentence(places, body)
    end = min(starts) + opening_end(body[min(starts):])
    stop = end + opening_end(body[end:])
    return [p for p in places if p.match.field == "body" and end <= p.match.start < stop]


def past_setting(gazetteer: Gazetteer, opening: list[Resolved], places: list[Resolved], body: str) -> list[Resolved]:
    """The opening's places; but where they are only provinces (全国人大江苏代表团审议…) and the next sentence names
    a town of one with its county or city (江苏省某某市某某镇某村书记…), that sentence's: a delegation's province is
    where its people come from, the town is whose news it is. An opening counting across it (全省, 各地) keeps it.
    Where they are one city (台风“梅花”影响苏州,…) and the next sentence opens on a town of it written with its county
    (在姑苏区双塔街道某某社区,…), that sentence's too: the city sets the scene, the address says where the news is
    (an opening counting across the city, 全市 or 各地, keeps it). The day may come first
    (10月21日,长沙市开福区某某街道…): a report's sentence opens on its date as often as on 在, and the address after it
    is as much the news's."""
    codes = {p.code for p in opening}
    levels = {gazetteer[code].level for code in codes}
    if not codes or levels - {"province", "city"}:
        return opening  # (most openings: a county or a town named)
    opened = max(opening_end(body), lead_end(body))
    if _PROVINCE_WIDE.search(body, 0, opened) or "city" in levels and _CITY_WIDE.search(body, 0, opened):
        return opening
    after = second_sentence(places, body)
    named = {p.code for p in after}
    addressed = any(gazetteer[p.code].level == "town" and codes & gazetteer.ancestors(p.code)
                    and named & gazetteer.ancestors(p.code) - codes - {p.code} for p in after)
    if "city" in levels:  # one city, the address opening the sentence after: 在<county><town>…
        first = min((p.match.start for p in after), default=opened)
        lead = body[opened:first].strip()
        addressed = addressed and sum(gazetteer[c].level == "city" for c in codes) == 1 \
            and lead != "" and _ADDRESS_LEAD.fullmatch(lead) is not None
    return after if addressed else opening


def scene_after_lead(places: list[Resolved], body: str) -> list[Resolved]:
    """The places of the sentence opening the paragraph after the news's first one (the first line that ends a
    sentence, past a site's lines and the headline), when it opens on 在 and a place: where the event the first
    paragraph tells of took place (…通州区…活动拉开帷幕。 / 在中仓街道莲花寺社区,…参加了活动). `body` is folded."""
    start = first_paragraph_end(body) + 1  # (no line ending a sentence: no paragraph after the first)
    if not body.startswith("在", start) or not SENTENCE_CLOSE.search(body, lead_end(body), start):
        return []  # (most bodies)
    end = start + opening_end(body[start:])
    named = [p for p in places if p.match.field == "body" and start < p.match.start < end]
    return named if named and min(p.match.start for p in named) == start + 1 else []


def opens_city_wide(body: str) -> bool:
    """Whether the opening counts across its city (全市, 我市): the city's own report, its addresses examples."""
    lead = lead_end(body)  # (the opening is the news's first sentence, past a date or source line)
    return _CITY_WIDE.search(body, 0, lead + opening_end(body[lead:])) is not None


def outside_quotes(places: list[Resolved], body: str, lead: int) -> list[Resolved]:
    """The opening's places (named in the body past `lead`), without those of a quotation it opens on where the
    writer's own words after it name others (“感谢某镇的亲人…”近日,某县某乡的村民…说: she thanks the town that sent
    the coats; the news is where she is). `body` is folded."""
    quoted = _OPENING_QUOTE.match(body, lead) if len(places) > 1 else None
    if quoted is None:
        return places
    outside = [p for p in places if not quoted.start(1) <= p.match.start < quoted.end(1)]
    return outside if outside and len(outside) < len(places) else places


# the end of a list of places given as examples (某县某镇、某县某港等地; 震泽、七都等镇)
_LIST_END = re.compile(r"等(?:地|镇|乡镇|街道|县|区|县区|县市区|市|村|社区|板块)")
_CLAUSE_END = re.compile(r"[,;:,;:。!?！？\n]")


def outside_lists(places: list[Resolved], body: str) -> list[Resolved]:
    """The opening's places, without the items of a list it gives as examples (…某县某镇、某县某港等地的风筝放飞…:
    the city's kites, not one town's); what precedes the list stays (吴江震泽、七都等地: 吴江).
    `body` is folded."""
    listed = set()
    for p in places:
        start, end = p.match.start, p.match.end
        if not (body.startswith("、", end) or start > 0 and body[start - 1] == "、"):
            continue  # (most names: no list mark beside them)
        clause = _CLAUSE_END.search(body, end)
        if _LIST_END.search(body, end, clause.start() if clause else len(body)):
            listed.add(id(p))
    return [p for p in places if id(p) not in listed] if listed else places
