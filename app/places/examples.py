"""A county-wide text gives examples; a town named after a model is not the town.

A feature on a county (or a city) often stops at one town to show what it says — the county's
port, a village of one town, the one stop of a visit — and names it two or three times, deep in
the body. Counting alone narrows such a text to that town. What tells them apart is where the
town comes in and how often against the county: a text about a town names it in its headline or
its opening (吴江黎里…, 在海门常乐镇…), or names it at least as often as the county around it.
So narrowing from a county the headline or opening names stops short of a town first named
further on — after the headline, the subtitle, the first paragraph that names a place and the
paragraph after it — and named less often than the county; a village's town counts as named up
front when the village is. A town the body alone keeps naming, with nothing in the headline or the
opening, is held back the same way. The other way round, news that opens on its county often says
in the very next sentence where in it (该区阳澄湖镇…): that town, the only one of the county the text
names, is the place even named once.

An opening that counts what is done across the county or the city (启东2万多名网格员来到一线…, 南通市已建成
7个呼叫平台,为全市1万多名老人…) says the same: the article is the county's or the city's, and the one village or
district it then shows, however often named, is its example.

A model called after its town (“枫桥经验”, 张家港精神, 昆山之路) names a way of working that
is taught and copied everywhere; a text about it is not about the town.

A county's towns may also be described one by one, each opening a paragraph of its own (周市镇是…
/ 陆家镇原名… / 花桥镇,…): the first is no more the place than the others; the article is about the
county.

And an opening may name a town only to set another off against it: 同里古镇知名度很高…其实我最喜欢
的还是黎里古镇. That town is then named a few times while another town of its county fills the
article: the opening still says which county, but its town is a foil.
"""

import re
from collections import Counter

from .front import first_paragraph_end
from .gazetteer import Gazetteer
from .model import HEADLINE_FIELDS, ArticleText, field_texts
from .names import fold
from .resolve import Resolved
from .roundups import shared_area
from .wordsets import WordSet

# Right after a town's name: a model, method or spirit called after it.
_MODEL = re.compile(r"经验|精神|模式|之路")
_MODEL_FIRST = "经精模之"  # the first characters of those words: a name followed by none needs no match tried
# A place held up to catch up with or learn from (以江阴市月城镇为追赶对象, 对标…, 向…看齐): a foil.
_BENCHMARK = re.compile(r"以([^,;:,;:。!?！？\n]{2,20}?)为(?:追赶|赶超|学习|对标)?(?:对象|标杆|榜样)"
                        r"|(?:对标|赶超|追赶)([^,;:,;:。!?！？\n]{2,16})|向([^,;:,;:。!?！？\n]{2,16}?)(?:看齐|学习|"
                        r"取经)")
# The words each of _BENCHMARK's three ways ends or opens with (以…为…对象, 对标…, 向…看齐): a text holding none
# of one way's (most) needs no search for it.
_HELD_UP, _CATCHING_UP, _LOOKED_UP_TO = ("对象", "标杆", "榜样"), ("对标", "赶超", "追赶"), ("看齐", "学习", "取经")
_BENCHMARK_WORDS = WordSet((*_HELD_UP, *_CATCHING_UP, *_LOOKED_UP_TO))
_BENCHMARK_OPENINGS = ("以", *_CATCHING_UP, "向")  # what each match of _BENCHMARK opens with
# The two ways that end on a word: their words, what opens them, and how far before the word at most (以 + 2…20 + 为
# + a word of two + 对象; 向 + 2…16 + 学习).
_ENDED_WAYS = ((_HELD_UP, "以", 24), (_LOOKED_UP_TO, "向", 17))
_SECTION_HEAD_LONGEST = 16  # a section's head within a body: a short line of its own
# A headline counting places (阳西县2镇8村上榜, 苏州市1个镇和5个村入选) or things (吴中区84个项目集中开工,
# 我市4个典型上榜, 79家助餐点): a list of winners or items, not one town.
_COUNTED_PLACES = re.compile(r"\d+个?(?:镇|乡|街道|村|社区)|(?<![\d.])(?:[2-9]|\d{2,})(?:个|家|项|处|所|批)")


# Right after a county's or a city's name, or after 全市/全县/全区: a count across it (启东2万多名网格员…,
# 南通市已建成7个…, 为全市1万多名…).
_COUNT_AFTER = re.compile(r"[^,;:,;:。!?！？\n\d]{0,4}?\d+(?:\.\d+)?[万千百]?[多余]?"
                          r"(?:个|名|位|家|项|户|座|处|所|条|支|万|亿|吨)")
_WHOLE_AREA = re.compile(r"全(?:市|县|区)")


def counts_across(gazetteer: Gazetteer, code: str, places: list[Resolved], body: str, lead: int) -> bool:
    """Whether the opening (the first paragraph of the folded `body`, past its `lead`) counts what is done across
    `code`, a county or a city (启东2万多名微网格员来到一线…, 南通市已建成7个呼叫平台,为全市1万多名老人…; in a
    sentence after the first: …截至今年5月,常熟市有42个单元…): the article is the county's or the city's, and the
    one village it then shows (某镇某村的网格员…) an example."""
    if gazetteer[code].level not in ("county", "city"):
        return False
    start, end = lead, first_paragraph_end(body)
    return any(p.code == code and p.match.field == "body" and start <= p.match.start < end
               and _counted_after(body, p.match.end) for p in places) \
        or any(_COUNT_AFTER.match(body, m.end()) for m in _WHOLE_AREA.finditer(body, start, end))


def spoken_of_whole(gazetteer: Gazetteer, code: str, places: list[Resolved], body: str) -> bool:
    """Whether the folded `body`, never writing `code` (a county or a city), speaks of it as a whole again and again
    (市委召开座谈会…全市村庄…全市…全市…) and names its towns only past the first paragraph: the area's report, its
    towns the stops of a visit (…一行察看了某某镇…) — not the town a text reaches its unwritten county through."""
    if gazetteer[code].level not in ("county", "city") or any(p.code == code for p in places):
        return False
    towns = [p for p in places if gazetteer[p.code].level == "town"]
    if not towns or sum(map(body.count, _WHOLE_AREA_WORDS)) < _SPOKEN_OF_WHOLE_LEAST:  # (counted in C)
        return False
    end = first_paragraph_end(body)
    return all(p.match.field == "body" and p.match.start >= end for p in towns)


_WHOLE_AREA_WORDS = ("全市", "全县", "全区")  # as `_WHOLE_AREA` reads them
_SPOKEN_OF_WHOLE_LEAST = 3  # 全市 once or twice is a town's text measuring itself (全市第一); three times, the area's


def _counted_after(body: str, end: int) -> bool:
    """Whether a count across the place follows its name at `end` — not a count of the bodies just listed
    (宁海县人武部等6家包联单位: the county's office is one of six, the county is not counted over)."""
    count = _COUNT_AFTER.match(body, end)
    return count is not None and "等" not in count.group()


def counts_places(gazetteer: Gazetteer, article: ArticleText, counts: Counter[str]) -> bool:
    """Whether the headline counts the towns, villages or things it is about (two or more): the
    article then lists them, each an example, and stays with the county (or city) the headline names —
    unless the text names one town alone, three times or more (闵行推出4个“圈” … 虹桥镇 … 虹桥镇 …): its things.
    `counts`: how often the text names each place."""
    texts = field_texts(article)
    if not any(_COUNTED_PLACES.search(texts[f]) for f in ("kicker", "title", "subtitle")):
        return False
    towns = [code for code in counts if gazetteer[code].level == "town"]
    return not (len(towns) == 1 and counts[towns[0]] >= _DWELT_ON_LEAST)


_DWELT_ON_LEAST = 3  # times a text names its one town, at least, for a count in its headline to be the town's things


def without_models(gazetteer: Gazetteer, places: list[Resolved], article: ArticleText) -> list[Resolved]:
    """The places named, without a town named as a model's name (诸暨…“枫桥经验”) and the places held
    up as a model to catch up with (泰兴市虹桥镇以江阴市月城镇为追赶对象)."""
    texts = field_texts(article)
    benchmarks = {f: _benchmark_spans(texts[f]) for f in {p.match.field for p in places}}  # the fields named in

    def in_model(place: Resolved) -> bool:
        text, spans = place.match.folded, benchmarks[place.match.field]  # (text: its field's, folded)
        if spans and any(start <= place.match.start and place.match.end <= end for start, end in spans):
            return True
        return text[place.match.end:place.match.end + 1] in _MODEL_FIRST and gazetteer[place.code].level == "town" \
            and _MODEL.match(text, place.match.end) is not None
    return [p for p in places if not in_model(p)] or places


def _opened_before(text: str, word: str, opening: str, reach: int) -> bool:
    """Whether `opening` stands within `reach` characters before some occurrence of `word` in `text`."""
    at = text.find(word)
    while at >= 0:
        if opening in text[max(0, at - reach):at]:
            return True
        at = text.find(word, at + 1)
    return False


def _benchmark_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the places held up as a model in `text` (`_BENCHMARK`'s groups), searched for only in a
    text holding the words one of its three ways needs, in their order: most hold none (a 学习 with no 向 just
    before it is no 向…学习)."""
    words = _BENCHMARK_WORDS.found_in(text)
    if not words or words.isdisjoint(_CATCHING_UP) and not any(
            _opened_before(text, word, opening, reach) for ending, opening, reach in _ENDED_WAYS
            for word in words.intersection(ending)):
        return []
    # none opens before it: searched from there
    first = min(at for at in map(text.find, _BENCHMARK_OPENINGS) if at >= 0)
    return [m.span(g) for m in _BENCHMARK.finditer(text, first) for g in (1, 2, 3) if m.group(g)]


def held_to_front(gazetteer: Gazetteer, found: str, narrowed: str, counts: Counter[str], early: set[str],
                  listed: bool = False, answers: bool = False, addresses: Counter[str] | None = None) -> str:
    """How far the article really narrows `found` (a county or city its headline or opening
    names) towards `narrowed`: down to a town only when the town is named up front (`early`), or at
    least as often as the county just above it — and never when the headline counts the places it
    lists (`listed`: 2镇8村上榜). (From a city to a county the county's own name is
    often not written at all — 苏州 … 浒关 — so that step is not held back: holding it back when the
    county is first named further on and less often than the city broke five texts.) On a page of
    questions and answers, or under a headline pointing at a town it does not name (`answers`, `answers_page`),
    a town the answers come back to three times or more, and no other town of the county at all, is no example:
    the county is asked about in every question, the answers are all in one town (海门…要门票吗? … 常乐镇 …
    常乐镇; 通州这个镇将建湿地公园 … 张家湾镇 … 张家湾镇 … 张家湾镇), even where the headline counts the villages
    it lists (涉及14个村: the one town's). The county written as the town's address
    (`addresses`: how often each town is written right after its county — 离开密云区河南寨镇) names the town there, not
    the county once more: 密云区河南寨镇 … 京郊密云,离城区几公里是河南寨镇 … 密云 names the town as often as the
    county."""
    chain = [p.code for p in gazetteer.filed_chain(narrowed)]
    if found not in chain:
        return narrowed
    current = found
    for step in reversed(chain[:chain.index(found)]):
        if gazetteer[step].level == "town" and (
                listed and not answers
                or step not in early and counts[step] < counts[current] - (addresses or {}).get(step, 0)
                and not (answers and _only_town_again(gazetteer, step, current, counts))):
            return current
        current = step
    return current


_QUESTION_MOST = 40  # characters of a question on a line of its own (a paragraph may end on a question too)


# A headline pointing at a town it does not name (通州这个镇将建湿地公园, 这座古镇…): the body says which.
_UNNAMED_TOWN = re.compile(r"(?:这个|这座|这一|此)(?:小镇|古镇|镇|乡|街道)")


def answers_page(article: ArticleText) -> bool:
    """Whether the article answers a question the county is asked: a page of questions and answers (two lines or
    more of its body are a short question each), or a headline pointing at one town it does not name (通州这个镇…)."""
    if any(_UNNAMED_TOWN.search(fold(getattr(article, f) or "")) for f in HEADLINE_FIELDS):
        return True
    body = fold(article.body)
    if body.count("?") < 2:  # most bodies
        return False
    return sum(len(line) <= _QUESTION_MOST and line.rstrip().endswith("?") for line in body.split("\n")) >= 2


def _only_town_again(gazetteer: Gazetteer, town: str, county: str, counts: Counter[str]) -> bool:
    """Whether the article names `town` three times or more and no other town of `county`."""
    return counts[town] >= 3 and not any(c != town and gazetteer[c].level == "town" and county in gazetteer.ancestors(c)
                                         for c in counts)


def town_said_next(gazetteer: Gazetteer, county: str, second: list[Resolved], counts: Counter[str]) -> str | None:
    """The town of `county` the sentence right after an opening on the county names, when the
    article names no other town of it: the news first says which county, then where in it
    (相城区…。该区阳澄湖镇…; 海门…。在海门常乐镇X村…), once being enough. Under a city (江苏南通的某某夫妇…。
    两口子又在南通东社镇流转土地…) the town must be written as where something is done, 在 and an address, the town
    right after the city or its county: a city's text names a town bare, or a resident's address, in passing
    (居民老张所在的姑苏区双塔街道…) more often than a county's."""
    city = gazetteer[county].level == "city"
    towns = {p.code for p in second if gazetteer[p.code].level == "town" and county in gazetteer.ancestors(p.code)
             and not (city and not _written_after_its_area(gazetteer, p, second))}
    inside = {c for c in counts if gazetteer[c].level == "town" and county in gazetteer.ancestors(c)}
    return towns.pop() if len(towns) == 1 and inside == towns else None


def _written_after_its_area(gazetteer: Gazetteer, town: Resolved, named: list[Resolved]) -> bool:
    """Whether `town` is written after 在 and its county or city (在南通东社镇, 在通州区东社镇), as an address."""
    around = [p for p in named if p.match.end == town.match.start and p.match.field == town.match.field
              and p.code in gazetteer.ancestors(town.code) and p.code != town.code]
    start = around[0].match.start if around else 0
    for p in sorted(named, key=lambda p: -p.match.start):  # the address written back to back before the area
        if around and p.match.end == start and p.match.field == town.match.field:
            start = p.match.start
    return bool(around) and around[0].match.folded[start - 1:start] == "在"



def without_foils(gazetteer: Gazetteer, named: list[Resolved], counts: Counter[str]) -> list[Resolved]:
    """The places of an opening without a town that another town of its county, not named in the
    opening, outweighs twice over (and four times at least) in the article; nor a town the opening
    sets its scene in, named there only, when the article keeps naming its county (four times or more)
    and names another town of it: 在泰兴市延令街道三阳村,值班人员… before a report on 泰兴市's towns."""
    opening = {p.code for p in named}

    def foil(code: str) -> bool:
        county = gazetteer.filed_parent(code) if gazetteer[code].level == "town" else None
        others = {other: n for other, n in counts.items() if other != code and gazetteer[other].level == "town"
                  and gazetteer.filed_parent(other) == county}
        return county is not None and (
            any(other not in opening and n >= max(4, 2 * counts[code]) for other, n in others.items())
            or counts[code] == 1 and counts[county] >= 4 and bool(others) and county in opening)
    return [p for p in named if not foil(p.code)]


def county_of_towns_listed(gazetteer: Gazetteer, places: list[Resolved], body: str) -> str | None:
    """The county whose towns open two paragraphs or more of the body (or head its sections), a different town each,
    when the headline names no town: the county's towns described one by one (two are enough: a
    county's round-up of 海州街道… / 新海街道… is no more about the second, named twice, than the first).
    `body` is folded."""
    if any(p.match.field in HEADLINE_FIELDS and gazetteer[p.code].level == "town" for p in places):
        return None
    openers = {p.code for p in places if p.match.field == "body" and gazetteer[p.code].level == "town"
               and _opens_or_heads(body, p.match.start)}
    counties = Counter(gazetteer.filed_parent(code) for code in openers)
    ranked = counties.most_common()
    if not ranked or ranked[0][1] < 2:
        return None
    # as many towns of two counties or more (…金港镇… / …南丰镇… / …海虞镇… / …虞山街道…), or as many towns of other
    # counties as of the first (1、某镇 松江 / 2、某镇 闵行 / 3、某镇 奉贤 / 4、某镇 松江): a list across the city, no
    # one county's round-up
    tied = [county for county, towns in ranked if towns == ranked[0][1]]
    if len(tied) == 1 and ranked[0][1] * 2 <= len(openers):
        return shared_area(gazetteer, [county for county, _ in ranked])
    return ranked[0][0] if len(tied) == 1 else shared_area(gazetteer, tied)


def _opens_or_heads(body: str, start: int) -> bool:
    """Whether a name at `start` opens its paragraph — or a piece of a line a copied page ran its paragraphs into, a
    full stop and blanks before it (…能力。 银河镇…) — or stands in a section's head (a short line of its own:
    开发区(三水街道))."""
    line_start = body.rfind("\n", 0, start) + 1
    line_end = body.find("\n", start) % (len(body) + 1)  # the body's end when no line follows
    return not body[line_start:start].strip() \
        or body[start - 1] in " \t" and _run_together(body, line_start, start) \
        or heads_a_section(body[line_start:line_end])


def _run_together(body: str, line_start: int, start: int) -> bool:
    """Whether blanks, and a full stop before them, stand right before `start` on its line: a paragraph's end a
    copied page kept as blanks before the next one's start (within a paragraph, none stand there)."""
    at = start
    while at > line_start and body[at - 1] in " \t":
        at -= 1
    return line_start < at < start and body[at - 1] in "。!?"


def heads_a_section(line: str) -> bool:
    """Whether a line of a body is a section's head: short, on a line of its own (“订单”辣椒,点燃红火日子)."""
    return 0 < len(line.strip()) <= _SECTION_HEAD_LONGEST


# Right after a town's name: a list of its villages or communities (浮桥镇方桥村、新邵村、九曲社区).
_VILLAGES_AFTER = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:村|社区)、")


def lone_town_up_front(gazetteer: Gazetteer, county: str, places: list[Resolved], counts: Counter[str],
                       early: set[str], article: ArticleText) -> str | None:
    """The one town of `county` the article names at all, when it names it up front (`early`) as an
    address — right after the county (written with it as one name too: 苏州工业园区娄葑街道…), or before a
    list of its villages: a headline on the
    county over a text set in one of its towns (如皋… over …如皋市磨头镇的一个村子…; 太仓… over
    梳理浮桥镇方桥村、新邵村的短板) is news of that town, though the town is named once and the county often.
    A town where a meeting sat (在海虞镇的会议上), one village of a town given as an example (吴江区推广…,
    震泽镇众安村蚕农…) or a zone's town is no address."""
    if gazetteer[county].level != "county":
        return None
    towns = [c for c in counts if gazetteer[c].level == "town" and county in gazetteer.ancestors(c)]
    if len(towns) != 1 or towns[0] not in early or gazetteer[towns[0]].status == "zone":
        return None
    texts = field_texts(article)
    ends = {(p.match.field, p.match.end) for p in places if p.code == county}
    addressed = any(p.code == towns[0] and ((p.match.field, p.match.start) in ends
                                             or any(e.form == "composite" for e in p.match.entries)
                                             or _VILLAGES_AFTER.match(texts[p.match.field], p.match.end))
                    for p in places)
    return towns[0] if addressed else None
