"""Names a text writes in passing, and names that say one place twice.

Not every place a text names is where its news is:
- a neighbour of the place described, in a clause opening 东接 / 北靠 / 毗邻 … (marked while
  matching), right after a word of adjacency (村子紧邻上海, 毗连…), set beside it with 与 … 接壤 /
  交界 / 毗邻 / 为界 (与泰兴曲霞镇毗邻, 以某河与某镇某村为界), or where its bounds run from
  (东起某路,…南起姑苏交界处): the bounds of a community or a town are its neighbours' edges;
- the seat of a county or district (西晋设暨阳县,县治杨舍镇; 区政府驻金新街道): where an office
  sits, told in a county's history or profile, not the town the text is about;
- a community called after a town, its bare name right before 社区 (荔城区拱辰社区, 江安镇周庄社区):
  the community, like a village so named (周庄村), is not the town;
- a town in the sights and products a village's profile lists as near it (附近有黄桥战役纪念馆…等旅游景点):
  they say which county the village is in, not its town;
- a town named as its port (吕四深水港, 吕四起步港区, 吕四东方大港, 吕四港区): the port, run with the county's
  zone and news of the county, is not the town;
- a town inside a title in 《》 in the body (审议《关于支持长江镇…的议案》): the document's subject, not
  where the news is — a county's meeting that takes up a motion on one town is news of the county; and any place
  in the title of a local history or an old map (《海门县志》, 《通州治图》): the place as it was, by its old name;
- a person whose name begins with a place's short form, right after a post (党委书记常德盛): the
  same name is that person wherever it stands again (常德盛带领村民…), not the city 常德; and a name
  begun by a surname right after a post (镇党委书记赵宣和镇机关干部…: 赵宣, then 和): the name there is the
  person's, not the town 宣和镇;
- a place set beside the one described as its peer (与聊城的海源阁、…合称四大藏书楼; 风光可媲美周庄): one of
  its equals, named to rank it, not where it is;
- the places elsewhere an address site lists after its page (还有2个地名与某某村同名:广东…某某村安徽…;
  以下地名与某某镇面积相当:…): namesakes and look-alikes, not where the page is.

And a zone written with its town in brackets (吕四港经济开发区(吕四港镇), 苏州高铁新城(北河泾街道), or the zone's
word alone after its county: 如皋高新区(城南街道)) says that here the zone is that town: every mention of the
zone counts as the town, not as a zone spanning several towns. So does a park the county runs, written with its
own name after the county and its town in brackets (张家港市冶金园(锦丰镇)): that county's name there is the town.
"""

import re
from collections import Counter
from dataclasses import replace
from operator import attrgetter

from app.people.lexicon import COMMON_SURNAMES

from .gazetteer import Gazetteer
from .matching import ZONE_WORDS  # the words that make a name a zone's (吕四港|经济开发区)
from .matching import NameMatch
from .model import ArticleText, field_texts
from .resolve import Resolved
from .readings import past_reading, without_readings
from .wordsets import WordSet

# Right before a name: it lies next to the place described.
_ADJACENT_BEFORE = re.compile(r"(?:紧邻|毗邻|毗连|邻近|比邻|紧靠|紧挨)着?$")
# Between a name and its clause's end: set beside the place described (与泰兴曲霞镇毗邻).
_ADJACENT_AFTER = re.compile(r"[^,;:,;:。!?！？\n]{0,6}?(?:接壤|交界|毗邻|毗连|相邻|为邻|相连|相接|为界|隔江相望|"
                             r"一河之隔)")
_BESIDE_WORD = r"[与同和][^,;:,;:。!?！？\n]{{0,{}}}$"  # a 与 before a name in its clause, at most so far back
_BESIDE = re.compile(_BESIDE_WORD.format(12))
# A name set beside the place as its peer (与聊城的海源阁、…合称四大藏书楼; 可媲美周庄): one of its equals, not it.
_PEER_AFTER_WORDS = ("齐名", "合称", "并称", "媲美", "相提并论", "比肩")  # (与 X … 合称)
_PEER_BEFORE_WORDS = ("媲美", "比肩", "堪比", "不输", "不亚于", "赛过")  # (可媲美 X)
_PEER_BESIDE = re.compile(_BESIDE_WORD.format(40))
_PEER_AFTER = re.compile(r"[^,;:,;:。!?！？\n]{0,60}?(?:" + "|".join(_PEER_AFTER_WORDS) + ")")
_PEER_BEFORE = re.compile("(?:" + "|".join(_PEER_BEFORE_WORDS) + ")于?$")
# Right before a name: one of the bounds a place's extent is given by (东起…,西至…,南起…).
_BOUND_BEFORE = re.compile(r"[东南西北]起$")
# Right before a town: the seat of a county or district.
_SEAT_BEFORE = re.compile(r"(?:[县州府]治|治所|驻地|政府驻|府驻|驻地在|驻地位于)\s*$")  # 市政府驻 海安街道
# Before a name, in its sentence: a village's list of the sights and products near it (附近有…等旅游景点),
# and of the customs after them (…,有某某节(某某会船)等民俗文化): a long sentence, read back to its start.
_NEARBY = re.compile(r"附近有[^。\n]*$")
_NEARBY_REACH = 300
# Before a name, in its sentence: an address site's list of the places elsewhere bearing the same name, or
# of the same area (还有2个地名与某某村同名:…, 以下地名与某某镇面积相当:…).
_LOOK_ALIKES = re.compile(r"(?:同名|面积相当)[:：][^。\n]*$")
# The words that say each kind of aside may be there: one pass finds which (most texts hold none of most)
_CUE_WORDS = {"nearby": ("附近有",), "adjacent": ("紧邻", "毗邻", "毗连", "邻近", "比邻", "紧靠", "紧挨"),
              "beside": ("接壤", "交界", "毗邻", "毗连", "相邻", "为邻", "相连", "相接", "为界", "相望", "一河之隔"),
              "seat": ("县治", "州治", "府治", "治所", "驻"), "community": ("社区",), "titled": ("《",),
              "port": ("港区", "深水港", "大港"), "bound": ("东起", "南起", "西起", "北起"),
              "alike": ("同名", "面积相当"),
              "peer": (*_PEER_AFTER_WORDS, *_PEER_BEFORE_WORDS)}
_CUES = WordSet(word for words in _CUE_WORDS.values() for word in words)
# Right after a town's name (吕四|起步港区, 吕四|东方大港; 吕四港|区 read as 港区): its port.
_PORT_AFTER = re.compile(r"[^,;:,;:。!?！？\n、]{0,2}?(?:深水港|港区|大港)")
# Inside a title in 《》: a report's, a motion's or a book's (《关于支持长江镇…的议案》).
_OPEN_TITLE = re.compile(r"《[^》\n]{0,60}$")
# …a local history's or an old map's (《通州志》, 《吴县图》): it names the place as it was, by its old name
_OLD_WORK_CLOSES = re.compile(r"[^《》\n]{0,20}[志图]》")
# A post right before a person's name (书记常德盛, 主任吴江涛; of old: 尚书吴中).
_POSTS = ("书记", "主任", "镇长", "乡长", "县长", "区长", "市长", "村长", "站长", "局长", "厂长", "校长", "院长",
          "董事长", "总经理", "会长", "主席", "队长", "组长", "部长", "处长", "科长", "所长", "馆长", "老师", "教授",
          "医生", "民警", "尚书", "知县", "知府", "巡抚", "县令", "太守", "丞相", "宰相", "大臣")
_POST_ENDINGS = frozenset(post[-1] for post in _POSTS)  # a name after a post has one of these right before it
# Words for the people of a place that a name follows as a post does (村民李金华: 李 and a given name, no 金华)
_PEOPLE_OF_A_PLACE = ("村民", "居民", "渔民", "农民", "市民", "网格员", "志愿者")
# After a place's short form, characters that continue the place, not a person's given name.
_NOT_GIVEN_NAME = set("市县区镇乡村街州省的地得和与及在是等之人")


def without_people(matches: list[NameMatch], article: ArticleText) -> list[NameMatch]:
    """The names matched, without those inside a person's name (党委书记常德盛 … 常德盛带领…)."""
    people = set()
    inside_names = set()
    for m in matches:
        text = m.folded  # (its field's folded text, as field_texts gives it)
        before = text[m.start - 1:m.start]
        if before in _POST_ENDINGS and _post_ends_at(text, m.start):  # (the last character first)
            after = text[m.end:m.end + 1]
            if "\u4e00" <= after <= "\u9fff" and after not in _NOT_GIVEN_NAME:
                people.add(m.text + after)
            elif len(m.text) == 2 and m.text[0] in COMMON_SURNAMES:
                people.add(m.text)  # 尚书吴中与…: a surname and a one-letter given name, the whole name
        elif before in COMMON_SURNAMES and (_post_ends_at(text, m.start - 1)
                                            or text.endswith(_PEOPLE_OF_A_PLACE, 0, m.start - 1)):
            inside_names.add(id(m))  # 书记赵|宣和镇机关干部: the given name 宣, then 和, not 宣和镇
            people.add(before + m.text)  # 村民李金华 … 李金华说: the whole name again, the role gone
    if inside_names:
        matches = [m for m in matches if id(m) not in inside_names]
    if not people:
        return matches
    texts = field_texts(article)
    spans = {(f, hit.start(), hit.end()) for f, text in texts.items() for p in people
             for hit in re.finditer(re.escape(p), text)}
    return [m for m in matches if not any(f == m.field and s <= m.start and m.end <= e for f, s, e in spans)]


def _post_ends_at(text: str, at: int) -> bool:
    """Whether a post ends at `at` in `text`: asked of the characters before a name, not found by a pass over
    every field (most names have none of the posts' last characters right before them)."""
    return at >= 2 and text[at - 1] in _POST_ENDINGS and text.endswith(_POSTS, 0, at)


def in_passing(gazetteer: Gazetteer, places: list[Resolved], article: ArticleText,
               home_code: str | None = None) -> list[Resolved]:
    """The places named, without the neighbours of the place described, the seats of counties and the
    communities called after a town — unless nothing else is named; and none where all the text names is one
    city's or county's short form outside the home region (`home_code`), written once in the body past its opening
    (`_lone_short_form`): in a paper of the home region, 苏州 written once is still 苏州."""
    texts = field_texts(article)
    if len(places) == 1 and _lone_short_form(places[0].match, texts) \
            and not (home_code and home_code in gazetteer.ancestors(places[0].code)):  # (苏州 once: the home region's)
        return []
    # which kinds of aside each field can hold at all: most hold none, and most names need no look
    cues = {f: _cue_kinds(texts[f]) for f in {p.match.field for p in places}}  # (of the fields named in)

    def aside(place: Resolved) -> bool:
        m, text, can = place.match, place.match.folded, cues[place.match.field]  # (text: its field's, folded)
        if not can:
            return m.neighbour
        if can == _COMMUNITY_ONLY:  # (most fields with a cue: a 社区 and no other, the one look it asks for)
            return m.neighbour or text.startswith("社区", m.end) and all(e.form == "stem" for e in m.entries)
        before = text[max(0, m.start - 6):m.start]
        return (m.neighbour or "adjacent" in can and bool(_ADJACENT_BEFORE.search(before))
                or "bound" in can and bool(_BOUND_BEFORE.search(before))
                or "beside" in can and bool(_BESIDE.search(text, max(0, m.start - 13), m.start)
                                            and _ADJACENT_AFTER.match(text, m.end))
                or "nearby" in can and gazetteer[place.code].level == "town" and
                bool(_NEARBY.search(text, max(0, m.start - _NEARBY_REACH), m.start))
                or "alike" in can and bool(_LOOK_ALIKES.search(text, max(0, m.start - _NEARBY_REACH), m.start))
                or "seat" in can and gazetteer[place.code].level == "town" and bool(_SEAT_BEFORE.search(before))
                or "community" in can and text.startswith("社区", m.end) and all(e.form == "stem" for e in m.entries)
                or "port" in can and gazetteer[place.code].level == "town"
                and bool(_PORT_AFTER.match(("港" if m.text.endswith("港") else "") + text[m.end:m.end + 6]))
                or "titled" in can and m.field == "body"
                and bool(_OPEN_TITLE.search(text, max(0, m.start - 60), m.start))
                and (gazetteer[place.code].level == "town" or _OLD_WORK_CLOSES.match(text, m.end) is not None))
    if not any(cues.values()):  # (a third of the articles: no aside's word in any field a place is named in)
        return [p for p in places if not p.match.neighbour] or places
    # a peer is never the place, even where nothing else is named (a neighbour still says where it is near)
    if any("peer" in kinds for kinds in cues.values()):  # (few texts: no place looked at where none has a peer's word)
        places = [p for p in places if "peer" not in cues[p.match.field] or not _a_peer(p.match, texts[p.match.field])]
    return [p for p in places if not aside(p)] or places


def _a_peer(m: NameMatch, text: str) -> bool:
    """Whether a name is set beside the place described as its peer (与聊城的海源阁…合称; 可媲美周庄)."""
    return bool(_PEER_BEFORE.search(text, max(0, m.start - 6), m.start)) or bool(
        _PEER_BESIDE.search(text, max(0, m.start - 41), m.start) and _PEER_AFTER.match(text, m.end))


_COMMUNITY_ONLY = frozenset({"community"})


def _cue_kinds(text: str) -> set[str]:
    found = _CUES.found_in(text)
    return {kind for kind, words in _CUE_WORDS.items() if not found.isdisjoint(words)} if found else set()


def zones_as_towns(gazetteer: Gazetteer, places: list[Resolved], article: ArticleText) -> list[Resolved]:
    """The places named, a zone written with its town in brackets (zone(town)) counted as that town."""
    as_town: dict[str, str] = {}  # a zone's code, or the text naming a town as a zone → the town's code
    for zone, town in zip(places, places[1:]):
        if town.match.field != zone.match.field or town.match.start <= zone.match.end:
            continue  # (most pairs: nothing between them to look at)
        text = town.match.folded  # (their field's folded text, as field_texts gives it)
        if text[town.match.start - 1] not in _OPENING_BRACKETS:
            continue  # (most pairs: no bracket right before the town, so none ends what stands between)
        between = text[zone.match.end:town.match.start]
        if between.startswith("("):  # a reading after the zone's last character (區(qū)): not between
            between = text[past_reading(text, zone.match.end):town.match.start]
        closing = past_reading(text, town.match.end)
        word = without_readings(between[:-1])  # 开发(fā)区(qū)(黎里镇): the zone's word as read
        if (between[-1:] in ("(", "（")
                and word == (ZONE_WORDS.match(word) or [""])[0]
                and text[closing:closing + 1] in (")", "）")
                and gazetteer[town.code].level == "town" and gazetteer[town.code].status != "zone"
                and (gazetteer[zone.code].status == "zone" or _as_zone(zone.match))):
            as_town[zone.code if gazetteer[zone.code].status == "zone" else zone.match.text] = town.code
        elif (between[-1:] in ("(", "（") and _PARK.fullmatch(between[:-1])
              and text[closing:closing + 1] in (")", "）") and gazetteer[zone.code].level == "county"
              and gazetteer[town.code].level == "town" and zone.code in gazetteer.ancestors(town.code)):
            as_town[(zone.match.field, zone.match.start)] = town.code  # this mention only: the county's park
    if not as_town:
        return places
    out = []
    for p in places:
        town = (as_town.get(p.code) or (as_town.get(p.match.text) if _as_zone(p.match) else None)
                or as_town.get((p.match.field, p.match.start)))
        out.append(replace(p, code=town, match=replace(p.match, zone=False)) if town else p)
    return out


_OPENING_BRACKETS = ("(", "（")
# A park's own name, as a county writes it before the town the park is in (冶金园, 化工园区, 科技产业园).
_PARK = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:园区|园)")


def _as_zone(match: NameMatch) -> bool:
    """Whether a name is written as a zone: a place with a zone's word after it (吕四港经济开发区), or the zone's
    word alone right after its county, matched as the county (如皋|高新区)."""
    return match.zone or ZONE_WORDS.fullmatch(match.text) is not None


# 出嘉兴城北门…: a short form followed by 城 (not 城市) is the city itself, its walls and streets, in no other word
_CITY_ITSELF = re.compile("城(?!市)")


def _lone_short_form(match: NameMatch, texts: dict[str, str]) -> bool:
    """Whether a name is only a short form (two characters or so, 和田, 安康), written once in the body past its
    opening, and its characters nowhere else in the text (not in a credit either: 临汾新闻网讯 … 到临汾打工): where
    nothing else is named, they are as likely part of other words (和田间沟渠, 安康小区) as the place — a text about
    a place writes it in its headline or opening, or more than once, or as the city itself (嘉兴城)."""
    return match.field == "body" and not match.opening and all(e.form == "short" for e in match.entries) \
        and sum(text.count(match.text) for text in texts.values()) == 1 \
        and not _CITY_ITSELF.match(texts["body"], match.end)


# A city's literary name that one of its districts took (姑苏, Suzhou's, since 2012 also 姑苏区's): written bare, it
# names the whole city as often as the district.
_LITERARY_CITY_NAMES = {"姑苏": "姑苏区"}
_WRITTEN = attrgetter("match.text")  # a place as the text writes it


def without_literary_city_names(gazetteer: Gazetteer, places: list[Resolved]) -> list[Resolved]:
    """The places named, without the district a bare literary name gives (姑苏穹窿山东麓…) where the text names in full
    a town of another county of the city, and nothing else inside the district: the city's old name sets the scene
    of a text about that town (…茶园村,位于吴中区光福镇)."""
    if _LITERARY_CITY_NAMES.keys().isdisjoint(map(_WRITTEN, places)):  # (most texts: told by a loop in C)
        return places
    literary = [p for p in places if _LITERARY_CITY_NAMES.get(p.match.text) == gazetteer[p.code].name]
    if not literary:
        return places
    district = literary[0].code
    city = gazetteer.filed_parent(district)
    inside = [p for p in places if p not in literary and district in (p.code, *gazetteer.ancestors(p.code))]
    elsewhere = [p for p in places if gazetteer[p.code].level == "town" and city in gazetteer.ancestors(p.code)
                 and district not in gazetteer.ancestors(p.code)]
    named = Counter(p.code for p in elsewhere)  # in full, or bare twice (木渎古镇 … 木渎古镇)
    elsewhere = [p for p in elsewhere if p.match.text == gazetteer[p.code].name or named[p.code] >= 2]
    return [p for p in places if p not in literary] if elsewhere and not inside else places
