"""Finding the place names written in a text, before deciding which place each one means.

One scan with the gazetteer's table of forms gives every known form, overlaps included; the
longest forms win (苏州工业园区 over 苏州, 狼山镇街道 over 狼山镇), and a name that only
starts another word is dropped: 江西银行 is a bank, 长江路 and 南京东路 are streets. A name
followed by 分行, 人社局 or 有限公司 stays, because there it says where the office is.
"""

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import attrgetter, sub

from .forms import FormFacts, facts
from .gazetteer import Gazetteer, NameEntry
from .readings import read_apart, without_readings
from .wordsets import WordSet

# Right after a name: a village of that name (舟山村, 周庄村; but 昆山村民, 南通村级: the place's).
VILLAGE_AFTER = r"村(?![级民委干务庄])"
# Words that, right after a place name, make the name part of another proper noun (a paper, a news site: 拂晓新闻网 is
# the outlet, no 拂晓乡; or an era's name: 绍兴初年, 嘉定年间; or a peninsula, wider than the place: 胶东半岛 is no
# 胶东街道, 雷州半岛 no 雷州市; or a temple: 天宁寺, 金山寺, named after a place but no county's name); 机场路 and
# 机场大道 are roads of their own, in the place before them (张浦镇机场路), as are a quarter or a road named after a
# university (湖塘镇大学新村: the town's).
NAME_FORMING = re.compile(
    r"(?:[东西南北中]?路|大道|大街|街(?!道)|巷|弄|寺|银行|农商行|大学(?!新村|城|路)|学院|中学|小学|医院|日报|晚报|电视台|新闻网"
    r"|机场(?![东西南北中]?路|大道)|[东西南北]?站|籍|队|初年|元年|年间|半岛|" + VILLAGE_AFTER + ")"
)


# A report's head crediting its outlet (青岛日报/青岛观/青报网讯, 中国江苏网讯): the names in it are the
# outlet's and its columns', not where the report happened (本报苏州讯, which says so, is not one).
_CREDIT = re.compile(r"[^\s,。,:;!?：；！？]{2,30}?(?:[网报台]|融媒体?)讯")
# … or opening a line just below the page's head (乡镇动态 / 发布日期:… 来源:… / 某某融媒讯(通讯员…)…).
_LINE_CREDIT = re.compile(r"\n\s*(" + _CREDIT.pattern + ")")
_LINE_CREDIT_REACH = 300  # the head above it is a few short lines
# A site's date line up there: the date and the time it was posted, or its source, with the site's address, name
# and slogan around it (www.… 2008年07月03日 08:47 某某新闻网 网闻某某; 2025-12-16 来源:某某发布 作者:…), no
# sentence: its names are the site's or the source's, not where the news is.
_DATE_LINE = re.compile(r"(?:^|\n)([^\n。!?！？]*?\d{4}(?:年\d{1,2}月\d{1,2}日|[-./]\d{1,2}[-./]\d{1,2})"
                        r"\s*(?:\d{1,2}:\d{2}|来源)"
                        r"[^\n。!?！？]*)(?=\n|$)")

# Right after a place name: a zone named after it (吕四港经济开发区), spanning more than the town.
ZONE_WORDS = re.compile(r"(?:经济技术开发区|经济开发区|经开区|高新技术产业开发区|高新区|开发区|工业园区)")
# Right after a place name: the visitors come from there (咸阳市党政代表团来我市考察).
_VISITORS = re.compile(r"[市县区镇]?(?:党政|政府|人大|政协|经贸|企业家)?(?:代表团|考察团|访问团|参观团|观摩团)")


# A visit told without 代表团: "<visitors> 率队/一行/组织 … 来/到/赴 <host> … 考察", or "<visitors> 一行参观 <host>":
# the places named before the visitors' word are where they come from, the one right after the visit's verb is the host.
_VISIT = re.compile(r"(?:一行|率(?!先)|带领|带队|组织)(?:[^。!?！？\n]{0,30}?(?:来到|来|到|赴)"
                    r"|(?<=一行)(?:参观|考察|调研|走访|观摩))")  # (one opening group: a search skips to its words)
_VISIT_PURPOSE = re.compile(r"考察|调研|视察|参观|学习|交流|访问|观摩")
_SENTENCE = re.compile(r"[^。!?！？\n]+")
SENTENCE_MARKS = "。!?！？\n"  # where a sentence ends, for every rule that reads by sentence
SENTENCE_END = re.compile(f"[{SENTENCE_MARKS}]")
_ENDS = "。!?！？\n"  # the same, one by one

# Right after a bare town name: a lake, pond, creek, stream or river named after it (盛泽荡, 同里湖, 松陵江, 响水涧,
# 周口店河), not the town (but 江苏, 江南 and 江北 after a name are words of their own, unless a bank: 黄浦江南岸; and
# 河道, 河长, 河网, 河湖 are the town's own rivers and their chiefs); or a new area named after it (天府新区, spanning
# counties: not 温江's 天府街道).
_WATER_AFTER = re.compile(r"[荡漾湖浜泾涧]|江(?!苏|[南北](?!岸))|河(?![道长网湖])|新区")

# A clause opening like this names the neighbours of the place described (东接郭巷街道, 南与金沙镇
# 毗邻, 北靠苏苑街道与城南街道, 东西两侧分别与某某镇、某某镇相邻), not the place itself.
_NEIGHBOURS = (r"(?:[东南西北]{1,2}(?:两?[面侧边])?(?:分别)?(?:与|接|邻|连|靠|临|界|至|抵|濒|依|傍|毗邻|紧邻|相邻)"
               r"|毗邻|紧邻)")
_NEIGHBOUR_CLAUSE = re.compile(r"\s*" + _NEIGHBOURS)
# anywhere: a text without them opens no such clause (one direction, its extent written out or not, and one word or
# 分别, as any of `_NEIGHBOURS` holds; or the sides' extent, 两边; or 毗邻, 紧邻: one pass finds whether any is there)
_NEIGHBOUR_WORD_ENDS = (*"与接邻连靠临界至抵濒依傍", "相邻")
_NEIGHBOUR_WORDS = WordSet([*(side + extent + word for side in "东南西北" for extent in ("", *"面侧边")
                              for word in _NEIGHBOUR_WORD_ENDS),
                            *(side + "两" + extent for side in "东南西北" for extent in "面侧边"),
                            *(side + extent + "分别" for side in "东南西北" for extent in ("", *"面侧边")),
                            "毗邻", "紧邻"])
_CLAUSE_END = re.compile(r"[,;:,;:。!?！？\n]")
# The words a visit (`_VISIT`) opens with: a text without one tells no visit.
_VISIT_WORDS = ("一行", "率", "带领", "带队", "组织")
# What `find_names` asks of every text besides its names: whether it holds a neighbour's or a visit's word (the
# pass shared with the other rules that ask which of their words a text holds: wordsets.WordSet.found_in).
_CLAUSE_WORDS = WordSet([*_NEIGHBOUR_WORDS.words, *_VISIT_WORDS])

# Right after a place name: the writer calls it a town (镇湖小镇, 叫镇湖的小镇, 黎里古镇; 相城阳澄湖镇,
# where the county and town written together hide the official name), or speaks of its people (瓮江人民: a river's
# name has no people) or of its fishing port (吕四渔港, 吕四国家级中心渔港: a person's name has none)
_CALLED_TOWN = re.compile(r"的?(?:小镇|古镇|镇区|镇上)|镇|街道|人民|(?:国家级)?(?:中心)?渔港")
# Any of the words above right after a name: one lookahead each, so it matches where any of them does.
_AFTER_NAME = re.compile("|".join(f"(?:(?={p.pattern}))" for p in (NAME_FORMING, _WATER_AFTER, ZONE_WORDS, _VISITORS,
                                                                   _CALLED_TOWN)))
# Every character written in those patterns: with no range, escape, dot or negated class outside a lookahead,
# whatever they match starts with one of them, so a name followed by none of them needs no match tried.
_AFTER_NAME_CHARS = frozenset(_AFTER_NAME.pattern)


@dataclass(slots=True)  # not frozen: a frozen dataclass sets each of its fields through object.__setattr__, and a
class NameMatch:  # page makes hundreds of matches; none is changed once made (dataclasses.replace copies)
    # (`find_names` sets every field itself, not through __init__: a field added here is set there too)
    field: str  # kicker | title | subtitle | body
    start: int
    end: int
    text: str
    entries: tuple[NameEntry, ...]
    opening: bool = False  # in the body's opening sentence
    zone: bool = False  # names a zone called after the place
    visitors: bool = False  # says where visitors come from, not where the article is
    called_town: bool = False  # the text calls it a town: a bare 尚湖 is then not the lake
    host: bool = False  # where visitors go (来吴江考察): where the article is
    after_of: bool = False  # written right after 的 (太仓市的沙溪古镇)
    neighbour: bool = False  # named as a neighbour of the place described (东接郭巷街道)
    # what resolving asks of its entries (forms.facts_of, which also tells when a copy has other entries)
    form_facts: "FormFacts | None" = field(default=None, compare=False, repr=False)
    folded: str = field(default="", compare=False, repr=False)  # the folded text of its field

    def __hash__(self) -> int:
        # Matches are dict keys while resolving: equal matches share their field and span, so those alone
        # make the hash, not every entry.
        return hash((self.field, self.start, self.end))


def find_names(gazetteer: Gazetteer, folded: str, field: str, opening_end: int = 0) -> list[NameMatch]:
    """The non-overlapping place names of a folded text, in reading order."""
    apart = read_apart(folded)  # a reading printed inside a name (鎮(zhèn)江): the names of the text as read
    scanned = gazetteer.scan(apart[0] if apart else folded)
    if not scanned:  # (many a headline): no sentence ends to look for
        return []
    hits = longest_first(scanned)
    if apart:  # each name where the page writes it, its readings within
        hits = ((form, apart[1][start], apart[1][end - 1] + 1) for form, start, end in hits)
    taken = bytearray(len(folded))
    words = _CLAUSE_WORDS.found_in(folded)  # a neighbour's or a visit's word (in few texts)
    # the clauses a name may stand in as a neighbour: none in most texts (no neighbour word says so)
    clause_ends = [end.start() for end in _CLAUSE_END.finditer(folded)] \
        if words and not _NEIGHBOUR_WORDS_SET.isdisjoint(words) else None
    kept: list[NameMatch] = []
    credit = (_CREDIT.match(folded) or _LINE_CREDIT.search(folded, 0, _LINE_CREDIT_REACH)) if field == "body" else None
    credit_start, credit_end = credit.span(credit.lastindex or 0) if credit else (-1, -1)
    # (a time of day needs its colon: most bodies hold none up there, and the pattern is not tried)
    dated = _DATE_LINE.search(folded, 0, _LINE_CREDIT_REACH) \
        if field == "body" and folded.find(":", 0, _LINE_CREDIT_REACH) >= 0 else None
    dated_start, dated_end = dated.span(1) if dated else (-1, -1)
    boxed = credit is not None or dated is not None  # a name within either is the outlet's or the site's
    forms, form_entries, form_facts = gazetteer.forms, gazetteer.form_entries, gazetteer.form_facts
    after_name, add, new = _AFTER_NAME.match, kept.append, object.__new__  # once, not per name
    after_chars = _AFTER_NAME_CHARS
    year_forms = _forms_on_nian(gazetteer)  # (a few forms: a look in a small set, no character taken from the text)
    for form, start, end in hits:
        # a name kept before is as long at least, so one overlapping this one holds its first or its last character
        # (that first: most hits a text drops overlap a longer name; the head's credit and date line, in few texts)
        if taken[start] or taken[end - 1] \
                or boxed and (credit_start <= start and end <= credit_end or dated_start <= start and end <= dated_end):
            continue
        if form in year_forms and start and folded[start - 1] in _BEFORE_YEARS_END:
            continue  # 2020年木渎古镇, 今年木渎…: the year's 年 and the name after it, not a name starting on 年 (年木)
        taken[start:end] = _TAKEN[end - start]
        known = form_facts[form]  # (its entries with it: one lookup in a table this large, not two)
        if known is None:
            entries = form_entries[form]
            if not entries:
                continue
            known = form_facts[form] = facts(gazetteer, entries)
        else:
            entries = known.entries
        if apart is None:  # (most texts: no reading printed)
            text, after = folded, end
        else:  # what follows the name, as read: a reading printed after its last character (张庄镇(zhèn)村) stands
            # between the name and the word after it, which says as much as it does unprinted
            text, after = apart[0], bisect.bisect_left(apart[1], end)
        # most names are followed by none of the words that say more of them: one look tells
        if text[after:after + 1] not in after_chars or after_name(text, after) is None:
            zone = visitors = called_town = False
        elif (NAME_FORMING.match(text, after) and not _street_community(text, after)
              and not (text[after] == "寺" and _name_starts(scanned, after))  # 海陵区寺巷街道: no temple
              or _names_water_or_area(gazetteer, text, after, entries, scanned)):
            continue
        else:
            zone, visitors = bool(ZONE_WORDS.match(text, after)), bool(_VISITORS.match(text, after))
            called_town = bool(_CALLED_TOWN.match(text, after))
        # every field set here, not by `NameMatch(...)`: calling the class packs the arguments, finds __init__ and
        # runs it in a frame of its own, a third of the cost of a name (tests/places/test_name_making.py checks that
        # none is left unset)
        name = new(NameMatch)
        name.field = field
        name.start = start
        name.end = end
        # (the form itself where the text holds no reading: no copy made, and its hash, asked by many a rule, known)
        name.text = forms[form] if apart is None else without_readings(folded[start:end])
        name.entries = entries
        name.opening = end <= opening_end
        name.zone = zone
        name.visitors = visitors
        name.called_town = called_town
        name.host = False
        name.after_of = start > 0 and folded[start - 1] == "的"
        name.neighbour = clause_ends is not None and _in_neighbour_clause(folded, start, clause_ends)
        name.form_facts = known
        name.folded = folded
        add(name)
    kept.sort(key=_START)
    opens = _visit_words_at(folded, words) if words and not _VISIT_WORDS_SET.isdisjoint(words) else None
    return _mark_visits(folded, kept, opens) if opens else kept


def _name_starts(scanned: list[tuple[int, int, int]], at: int) -> bool:
    """Whether a name the scan found starts at `at` (海陵区|寺巷街道: the next name, not the first one's temple)."""
    return any(start == at for _, start, _ in scanned)


def _street_community(folded: str, end: int) -> bool:
    """Whether a name ending in 街道 is followed by one of its communities named like a road (丹西街道北路社区): roads
    are named after a place's short name (丹西路), never after 某某街道, so what follows is the 街道's own."""
    return folded.endswith("街道", 0, end) and _ROAD_COMMUNITY.match(folded, end) is not None


# A community or village named like a road (北路社区, 东街村), as written right after its 街道.
_ROAD_COMMUNITY = re.compile(r"[东西南北中]?(?:路|大道|大街|街|巷|弄|站)(?:社区|村|居委)")


def longest_first(scanned: list[tuple[int, int, int]]) -> Iterator[tuple[int, int, int]]:
    """The scan's hits (form, start, end), longest first, then in reading order. The scan gives them by their ends
    (of those ending alike, the longest first), so a stable sort by length alone puts those of one length by their
    starts (no two share a span): no tuple made and compared for each, as sorting (-length, start, end, form) would."""
    _, starts, ends = zip(*scanned)
    # (reversed, a sort keeps equal items in their order)
    return map(scanned.__getitem__, sorted(range(len(scanned)), key=list(map(sub, ends, starts)).__getitem__,
                                           reverse=True))


_START = attrgetter("start")
_BEFORE_YEARS_END = frozenset("0123456789〇零一二三四五六七八九十今去明前当每往历同")  # …年: a year, not a name


@lru_cache(maxsize=4)
def _forms_on_nian(gazetteer: Gazetteer) -> frozenset[int]:
    """The forms (by number) starting on 年 (年木, 年丰): written after a year's number or 今, 去 …, its 年."""
    return frozenset(i for i, form in enumerate(gazetteer.forms) if form.startswith("年"))
# a span marked taken, by its length (no form is longer): a bytearray, which a bytearray's slice takes as it is (bytes
# it would copy into a new bytearray first)
_TAKEN = tuple(bytearray(b"\x01" * n) for n in range(256))
_NEIGHBOUR_WORDS_SET, _VISIT_WORDS_SET = frozenset(_NEIGHBOUR_WORDS.words), frozenset(_VISIT_WORDS)


def same_sentence(before: NameMatch, m: NameMatch) -> bool:
    """Whether `before`, written before `m`, stands in the sentence `m` stands in: asked of few names (resolve.py),
    so no sentence end is looked for but between the two."""
    return before.field == m.field and SENTENCE_END.search(m.folded, before.start, m.start) is None


def _visit_words_at(folded: str, words: set[str]) -> list[int]:
    """Where the visit words among `words` (found in `folded`) stand, in order."""
    found = set()
    for word in _VISIT_WORDS_SET & words:
        at = folded.find(word)
        while at >= 0:
            found.add(at)
            at = folded.find(word, at + 1)
    return sorted(found)


def _in_neighbour_clause(folded: str, start: int, clause_ends: list[int]) -> bool:
    """`clause_ends`: where the text's clause ends stand, found once for all its names."""
    last = bisect.bisect_left(clause_ends, start) - 1  # the last clause end before the name, if within 40
    clause_start = clause_ends[last] + 1 if last >= 0 and clause_ends[last] >= start - 40 else 0
    return bool(_NEIGHBOUR_CLAUSE.match(folded, clause_start, start))


def _names_water_or_area(gazetteer: Gazetteer, folded: str, end: int, entries: tuple[NameEntry, ...],
                         scanned: list[tuple[int, int, int]]) -> bool:
    """Whether a bare town's name, or a county's short one before 江, names the water or area called after it
    (`folded`: the text as read, its readings out, as the scan read it; `end`: where the name ends in it)."""
    if not _WATER_AFTER.match(folded, end):
        return False
    if all(e.form == "stem" for e in entries):
        # (before 河, unless a name starts there: 河南, 河口 and 河西 are places of their own)
        return not folded.startswith("河", end) or not _name_starts_at(end, scanned)
    # a river a county is called after (黄浦江, 钱塘江, 嘉陵江; 黄浦江南岸, its bank), or a mountain stream (响水涧, on
    # 东山: a 涧 is never a county's) — but not a county before a name or a word that 江 begins (如皋江安镇, 海门江海):
    # the scan found none starting there
    return folded.startswith(("江", "涧"), end) \
        and all(e.form == "stem" or e.form == "short" and gazetteer[e.code].level == "county" for e in entries) \
        and (_BANK.match(folded, end) is not None or not _name_starts_at(end, scanned))


def _name_starts_at(at: int, scanned: list[tuple[int, int, int]]) -> bool:
    """Whether the scan found a name starting at `at` (an offset in the text it scanned)."""
    return any(start == at for _, start, _ in scanned)


_BANK = re.compile("江[南北]岸")


def _mark_visits(folded: str, kept: list[NameMatch], opens: list[int] | None = None) -> list[NameMatch]:
    """In a sentence telling a visit, the visitors' places and the host (see `_VISIT`). `opens`: where the words
    a visit opens with stand, in order (a visit starts at one of them: each is tried there, not every character
    of the text; None: the text is searched)."""
    if not kept:
        return kept
    marks: dict[int, str] = {}
    sentence_end = -1  # the end of the sentence of the last visit looked at: one visit a sentence
    visits = _VISIT.finditer(folded) if opens is None else _visits_at(folded, opens)
    for visit in visits:  # none crosses a sentence's end: each lies in its sentence
        if visit.start() < sentence_end:
            continue
        begun = max(folded.rfind(end, 0, visit.start()) for end in _ENDS) + 1
        found = SENTENCE_END.search(folded, visit.end())
        sentence_end = found.start() if found else len(folded)
        if not _VISIT_PURPOSE.search(folded, visit.end(), sentence_end):
            continue
        hosts = [i for i, m in enumerate(kept) if m.start == visit.end()]
        if not hosts and not _letter_host(folded, visit.end(), [m for m in kept if begun <= m.start < visit.start()],
                                          kept):
            continue
        for i, m in enumerate(kept):
            if begun <= m.start < visit.start():
                marks[i] = "visitors"
        for i in hosts:
            marks[i] = "host"
    if not marks:
        return kept
    return [replace(m, visitors=True) if marks.get(i) == "visitors" else replace(m, host=True) if i in marks else m
            for i, m in enumerate(kept)]


def _letter_host(folded: str, at: int, visitors: list[NameMatch], kept: list[NameMatch]) -> bool:
    """Whether the host of a visit is written as one letter of its name at `at` (…代表团来宜,考察…; 来通考察) — a
    county or city the text names elsewhere in full (宜兴市委书记…陪同), not the visitors' own (张家港…来港)."""
    letter = folded[at:at + 1]
    if not "\u4e00" <= letter <= "\u9fff":
        return False
    if folded[at + 1:at + 2] not in ",,、" and not _VISIT_PURPOSE.match(folded, at + 1):
        return False
    if not visitors or any(letter in m.text for m in visitors):
        return False
    return any(letter in m.text and m not in visitors and any(_county_or_city(e.code) for e in m.entries)
               for m in kept)


def _county_or_city(code: str) -> bool:  # (a six-digit code that is no province's: 320282, 320600)
    return len(code) == 6 and not code.endswith("0000")


def _visits_at(folded: str, opens: list[int]) -> Iterator[re.Match[str]]:
    """What `_VISIT.finditer(folded)` finds, trying the pattern only at `opens` (in order): the leftmost match
    from a place is the match at the first of them where one starts."""
    end = 0
    for start in opens:
        if start >= end and (visit := _VISIT.match(folded, start)):
            end = visit.end()
            yield visit


_ARROWS = re.compile(r"→|->|—>|⇒")
_ARROW_WORDS = WordSet(("→", "->", "—>", "⇒"))  # the same: whether a text holds any, in one quicker pass


def outside_routes(body: str, matches: list[NameMatch]) -> list[NameMatch]:
    """The names not in a line of stops joined by arrows (甲公园→乙湖→丙村): a route lists where it
    goes, each stop once; it does not say which of them the article is about. Nor where a train, a bus or a
    flight is bound (一早开往唐山的列车…): the place it sets out from is the news's."""
    if _BOUND_FOR_WORDS.found_in(body):  # (most bodies: none)
        matches = [m for m in matches if not body.endswith(_BOUND_FOR, 0, m.start)]
    if not _ARROW_WORDS.found_in(body):  # most bodies have no arrow: no line of theirs is a route
        return matches
    return [m for m in matches if not _on_route_line(body, m.start)]


_BOUND_FOR = ("驶往", "开往", "飞往", "发往")  # right before where a vehicle is bound
_BOUND_FOR_WORDS = WordSet(_BOUND_FOR)


def _on_route_line(body: str, at: int) -> bool:
    line = body[body.rfind("\n", 0, at) + 1:body.find("\n", at) % (len(body) + 1)]
    return len(_ARROWS.findall(line)) >= 2
