"""Round-ups: a text on several towns at once is about the area they share.

A county's or a city's paper often gathers several towns' news in one article: the leaders went
one to each of 胜浦、娄葑、金鸡湖、唯亭、斜塘街道; 新北区、天宁区和钟楼区 each took in a town (奔牛镇、郑陆镇和
邹区镇); a district's diary runs day by day (6月1日,…。6月2日,…). The first town named is no more the
place than the others. So three towns or more the headline or the opening names in one run — joined
by nothing but 、, 和, 及 or 与 — give the area they share (their county, or their city when they lie in
several), unless the headline names a town or one of them is named again up front, as where they all
met (望亭镇、东渚街道、光福镇在光福镇…联合举办); and a diary, most of whose paragraphs open on a date, is about the area
its whole body keeps naming, as a body without headline or opening is.

A county's round-up may also open in one town and then say it spans them all (启东各区镇锚定项目建设…,
28个项目分布在戴南、张郭…等13个乡镇): the town it opened in is its first example, the county the place.

And a county's own report may keep going to one town (海安市水利局…南莫镇水利站…南莫镇某村的闸站; 如东's
fisheries opening at 洋口渔港): what makes it the county's is who acts and what is spoken of — the county's
own bodies or leaders at work (海安市水利局, 如东县副县长), the county spoken of as a whole (全市, 全县, 该市)
more often than the town is (全镇, 镇长), and the county named at least twice as often as the town. A town
the headline names stays the place.
"""

import re
from bisect import bisect_right
from collections import Counter, defaultdict

from .gazetteer import Gazetteer
from .model import HEADLINE_FIELDS, ArticleText, field_texts
from .resolve import Resolved
from .wordsets import WordSet
from .words import TOWN_SELF_WORDS

# Between two towns of one run: a joining word, or one with a name the gazetteer does not hold as a
# town in between (胜浦、娄葑、金鸡湖、唯亭: 金鸡湖 is also the lake's name).
_JOINED = re.compile(r"(?:[、和及与]|以及)(?:[\u4e00-\u9fff]{2,4}(?:[、和及与]|以及))?")
# … or a list of addresses with only a space between entries (石港镇某某村 如东县新店镇…), or a 、 after each
# entry's village (魏城镇某某村、安州区塔水镇…): after one town, its village, the space or the 、, and the next
# entry's county right before its town. (…辛庄镇以及高铁新城、相城区渭塘镇: no village, no entry.)
_SPACED = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:(?:村|社区)?\s+|(?:村|社区)、)")
_RUN_LEAST = 3
_FAR_MOST_LEAST = 3  # times a city is named, at least, to be the text's among others named less than half as often
_WHERE = re.compile(r"在[^,;:,;:。!?！？\n]{0,8}$")  # 在 (吴中区)光福镇: where something happens
# Every town of a county at once (各区镇, 全市各镇), or many of its villages a reporter toured (走进某县诸多乡村): two
# patterns, each opening on its own words, which a search skips to (one alternation of both tries every character).
_EACH_TOWN = re.compile(r"各(?:区镇|镇区|镇街|乡镇|镇)")
_TOUR_WORDS = WordSet(tuple(many + places for many in ("诸多", "多个") for places in ("乡村", "村庄", "乡镇", "村镇")))
_TOURED = re.compile("|".join(_TOUR_WORDS.words))
_SPREAD = re.compile(r"分布(?:在|于)[^。!?！？;；\n]{0,40}?\d+个(?:乡镇|区镇|镇)")
_WHOLE = ("全市", "全县", "全区")
# A paragraph opening on a day of the month: a diary's entry (6月1日,…).
DAY_OF_MONTH = re.compile(r"\d{1,2}月\d{1,2}日")


def area_of_towns_run(gazetteer: Gazetteer, places: list[Resolved], article: ArticleText, body: str) -> str | None:
    """The area shared by three towns or more that the headline or the body's first paragraph naming a
    place names in one run, when the headline names no town. `body`: the article's body, folded."""
    first = min((p.match.start for p in places if p.match.field == "body"), default=len(body))
    paragraph_end = body.find("\n", first) % (len(body) + 1)  # the body's end when no line follows
    front = [p for p in places if p.match.field in HEADLINE_FIELDS
             or p.match.field == "body" and p.match.start < paragraph_end]
    if sum(gazetteer[p.code].level == "town" for p in front) < _RUN_LEAST:
        return None  # most articles: no run to look for
    if any(p.match.field in HEADLINE_FIELDS and gazetteer[p.code].level == "town" for p in front):
        return None  # a headline naming a town says which (before the runs are made: its places are all up front)
    texts = {**field_texts(article), "body": body} if any(p.match.field != "body" for p in front) else {"body": body}
    runs: list[list[Resolved]] = []
    for two_before, before, p in zip([None, None, *front], [None, *front], front):
        if gazetteer[p.code].level != "town":
            continue
        joined = (before is not None and gazetteer[before.code].level == "town" and before.match.field == p.match.field
                  and _JOINED.fullmatch(texts[p.match.field], before.match.end, p.match.start) is not None
                  and runs and runs[-1][-1] is before) or _spaced_entry(gazetteer, texts, runs, two_before, before, p)
        if joined:
            runs[-1].append(p)
        else:
            runs.append([p])
    for run in runs:
        towns = list(dict.fromkeys(p.code for p in run))
        # one of them named again up front as where (A、B、C在吴中区C镇…联合举办) is where they met
        again = any(p.code in towns and not any(p is q for q in run)
                    and _WHERE.search(texts[p.match.field], max(0, p.match.start - 10), p.match.start) for p in front)
        if len(towns) >= _RUN_LEAST and not again:
            return shared_area(gazetteer, towns)
    return None


def _spaced_entry(gazetteer: Gazetteer, texts: dict[str, str], runs: list[list[Resolved]],
                  town: Resolved | None, county: Resolved | None, p: Resolved) -> bool:
    """Whether `p`, written right after `county`, opens the next entry of a list of addresses whose last
    entry ended on `town` (…石港镇某某村 如东县新店镇…)."""
    return (town is not None and county is not None and bool(runs) and runs[-1][-1] is town
            and gazetteer[county.code].level == "county" and town.match.field == county.match.field == p.match.field
            and county.match.end == p.match.start
            and _SPACED.fullmatch(texts[p.match.field], town.match.end, county.match.start) is not None)


def is_diary(body: str) -> bool:
    """Whether most of the body's paragraphs (three at least) open on a day of the month, two days at least: one
    day's dated captions (4月26日,某村… 4月26日,某村…) are a photo story's, told of its place. `body` is folded."""
    if body.count("月") < _RUN_LEAST:  # (most bodies: too few days of the month to look for)
        return False
    # the paragraphs whose first characters after any blank are a date (as a search from each line's start over
    # blanks, blank lines included, for a date would find them), each line looked at once
    days = [day.group() for day in map(DAY_OF_MONTH.match, map(str.lstrip, body.split("\n"))) if day]
    return len(days) >= _RUN_LEAST and len(days) * 2 > sum(1 for line in body.splitlines() if line.strip()) \
        and len(set(days)) > 1


def diary_area(gazetteer: Gazetteer, codes: list[str]) -> str | None:
    """The area a diary's body keeps naming: its county (or its city), never one town of a day's entry."""
    area = dominant(gazetteer, codes)
    return at_level(gazetteer, area, "county") or area if area else None


def shared_area(gazetteer: Gazetteer, codes: list[str]) -> str | None:
    """The most specific place that holds every one of `codes`."""
    chains = [[p.code for p in gazetteer.filed_chain(c)] for c in codes]
    shared = [c for c in chains[0] if all(c in chain for chain in chains[1:])]
    return shared[0] if shared else None


def lone_town_of_unwritten_county(gazetteer: Gazetteer, code: str, town: str, counts: Counter[str]) -> bool:
    """Whether `town` is the one place the article names inside `code` (a county or a province, not a
    city it writes: 苏州市…木渎镇 stays the city's), its city aside, and its county is never written: a
    county reached only through the town (丈亭镇 … and no 余姚) is not the news, the town is, named once or not."""
    county = at_level(gazetteer, town, "county")
    around = gazetteer.ancestors(town)
    return (gazetteer[code].level != "city" and gazetteer[town].level == "town" and county is not None
            and not counts[county] and
            all(c == town or c in around or code not in gazetteer.ancestors(c) for c in counts))


def dominant(gazetteer: Gazetteer, codes: list[str]) -> str | None:
    """The county the body keeps naming; its town only when the body names that town alone, twice."""
    if not codes:
        return None
    counties = Counter(county for c in codes if (county := at_level(gazetteer, c, "county")))
    # provinces and cities only: the one inside the others (山西 … 晋城 …), else what those inside share
    if not counties:
        distinct = list(dict.fromkeys(codes))
        innermost = [c for c in distinct if not any(o != c and c in gazetteer.ancestors(o) for o in distinct)]
        return _named_far_most(codes, innermost) or shared_area(gazetteer, innermost)
    ranked = counties.most_common()
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return shared_area(gazetteer, [county for county, _ in ranked])
    county = ranked[0][0]
    if city := _city_toured(gazetteer, codes, county, counties):
        return city
    towns = Counter(c for c in codes if gazetteer[c].level == "town" and at_level(gazetteer, c, "county") == county)
    if len(towns) == 1 and towns.most_common(1)[0][1] >= 2:
        return towns.most_common(1)[0][0]
    return county


_TOURED_LEAST = 3  # counties of one city a body names, at least, to be a tour of the city


def _city_toured(gazetteer: Gazetteer, codes: list[str], county: str, counties: Counter[str]) -> str | None:
    """The city of `county` when the body names three of its counties or more and the city itself more often than
    any one of them (南通 eight times; 如东 three, 海门 twice, 海安 once): a tour of the city, its stops spread over
    it."""
    city = at_level(gazetteer, county, "city")
    if city is None or codes.count(city) <= counties[county]:
        return None
    toured = sum(1 for c in counties if city in gazetteer.ancestors(c))
    return city if toured >= _TOURED_LEAST else None


def _named_far_most(codes: list[str], places: list[str]) -> str | None:
    """The one of `places` the body names three times or more and more than twice as often as any other (南通 five
    times, 上海 twice in its author's notes, 上饶 once in a journal's name): the text's, though it names others."""
    times = Counter(c for c in codes if c in places).most_common(2)
    if times and times[0][1] >= _FAR_MOST_LEAST and (len(times) == 1 or times[0][1] > 2 * times[1][1]):
        return times[0][0]
    return None


def at_level(gazetteer: Gazetteer, code: str, level: str) -> str | None:
    """The place at `level` that holds `code` as people file it (or `code` itself at that level)."""
    return next((p.code for p in gazetteer.filed_chain(code) if p.level == level), None)


def spread_over_towns(gazetteer: Gazetteer, code: str, places: list[Resolved], body: str) -> str | None:
    """The county of `code`, a town, when the body says its news spans the county's towns (启东各区镇…,
    全市各镇…, 分布在…等13个乡镇, a reporter's tour: 走进某县诸多乡村) and names another town of the county besides:
    a county's round-up that opened in its first example. `body` is folded, as the places' offsets are."""
    each = [m.start() for m in _EACH_TOWN.finditer(body)]
    if _TOUR_WORDS.found_in(body):  # (most bodies: no tour of many villages; a county's full name before one)
        each += [m.start() for m in _TOURED.finditer(body) if body[m.start() - 1:m.start()] in ("市", "县", "区")]
    if not each and "分布" not in body:  # most texts: no word for all the towns at once
        return None
    county = at_level(gazetteer, code, "county") if gazetteer[code].level == "town" else None
    if county is None or len({p.code for p in places if gazetteer[p.code].level == "town"
                              and county in gazetteer.ancestors(p.code)}) < 2:
        return None
    before_each = {p.match.end for p in places if p.match.field == "body" and p.code == county}
    spread = any(at in before_each or body[max(0, at - 2):at] in _WHOLE for at in each) or _SPREAD.search(body)
    return county if spread else None


# A numbered item of a list, opening its line (一、善见花海…): a round-up of spots, each item one of them.
_NUMBERED_ITEM = re.compile(r"^\s*[一二三四五六七八九十]{1,2}、", re.MULTILINE)
_ITEMS_LEAST = 3


def numbered_round_up(gazetteer: Gazetteer, places: list[Resolved], body: str) -> bool:
    """Whether the body lists three numbered items or more (一、… 二、… 三、…) and no town is named in more than one of
    them: a round-up of the area's spots (来张家港… 一、某村的花海 … 二、香山 … 三、…), the one town an item gives its
    address, not where the text is. A feature on one town told in numbered parts names it in many. `body` is
    folded, as the places' offsets are."""
    starts = [m.start() for m in _NUMBERED_ITEM.finditer(body)] if "一、" in body else []  # (a list opens on 一)
    if len(starts) < _ITEMS_LEAST:
        return False  # (most texts: no numbered list)
    items: defaultdict[str, set[int]] = defaultdict(set)  # each town: the items naming it
    for p in places:
        if p.match.field == "body" and p.match.start >= starts[0] and gazetteer[p.code].level == "town":
            items[p.code].add(bisect_right(starts, p.match.start))
    return all(len(named_in) <= 1 for named_in in items.values())


# Right after a county's name: one of its own bodies or leaders (海安市水利局, 如东县副县长, 某市农业农村局).
_COUNTY_BODY = re.compile(r"[\u4e00-\u9fff]{0,5}?(?:局|委|办|政府|部门|领导|书记|县长|市长|区长|人大|政协|指挥部)")
# The county (or city) spoken of as a whole.
_COUNTY_SELF = re.compile(r"[全该本我](?:县|市|区)")


def county_at_work(gazetteer: Gazetteer, code: str, places: list[Resolved], article: ArticleText) -> str | None:
    """The county of `code`, a town the headline does not name, when the article is the county's own report
    that keeps going to the town: the county named at least twice as often as the town (named twice or
    more), one of its bodies or leaders at work, and the county spoken of as a whole more often than the town."""
    if gazetteer[code].level != "town":
        return None
    county = at_level(gazetteer, code, "county")
    codes = [p.code for p in places]
    town_named = codes.count(code)
    if not county or town_named < 2 or codes.count(county) < 2 * town_named:
        return None  # most articles: the town named as often as its county
    if any(p.code == code and p.match.field in HEADLINE_FIELDS for p in places):
        return None
    texts = field_texts(article)
    if not any(p.code == county and _COUNTY_BODY.match(texts[p.match.field], p.match.end) for p in places):
        return None
    whole = texts["title"] + "\n" + texts["body"]
    town_self = len(TOWN_SELF_WORDS.occurrences(whole))
    return county if len(_COUNTY_SELF.findall(whole)) > town_self else None


def side_by_side(gazetteer: Gazetteer, named: list[Resolved]) -> str | None:
    """The place holding two places of one level written together with no mark between (如东启东…: their
    city): a headline naming both at once is on them together, however often the body names each."""
    for p in named:
        for q in named:
            if q.match.field == p.match.field and q.match.start == p.match.end and q.code != p.code \
                    and gazetteer[p.code].level == gazetteer[q.code].level:
                area = shared_area(gazetteer, [p.code, q.code])
                if area and gazetteer[area].level != "province":
                    return area
    return None


def other_counties(gazetteer: Gazetteer, code: str, town: str, counts: Counter[str]) -> int:
    """How often the text names, inside `code` (a city), counties other than `town`'s and none of their towns: a
    city's report going to 启东's 吕四港 twice, to 崇川 and to a zone twice each, is not about 吕四港 (`_narrowed`
    steps down to the town only where they are named less often than it is)."""
    if gazetteer[code].level not in ("city", "province"):
        return 0
    county = at_level(gazetteer, town, "county")
    return sum(n for named, n in counts.items() if named != code and gazetteer[named].level == "county"
               and named != county and code in gazetteer.ancestors(named))
