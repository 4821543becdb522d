"""Place tagging of a newspaper page: which places each article names, and which it is about.

Pure functions over a `Gazetteer`. The page is tagged as a whole because the other articles
of a page are context: a district's own paper writes 区委书记 and 城东街道 without ever
saying which district, and its neighbours on the page do.

For each article:
1. every field is folded (NFKC, simplified) and searched for names (matching.py);
2. each name is resolved to a place from the article's and the page's context (resolve.py);
3. the primary place is the most specific place the headline (kicker, title) names; failing
   that the opening sentence; failing that the subtitle; failing that the sentence right after
   an opening that names nothing; failing that the dominant place of the body, which names a town only when it
   keeps coming back to that one town. Places the visitors come from, and the neighbours of the
   place described (东接…, 北靠…), do not count. A county (or city) so found is narrowed to the town (or
   county) inside it the article keeps coming back to; a town named in passing, or given as an
   example further on (examples.py), leaves the article county-wide, and so do an inspection by the
   county's own body (trips.py) and an opening that counts across it (启东2万多名网格员…). A place named as a
   zone (昆山开发区) gives its county, without a town.
4. an article that names no place below its city takes the county whose own paper it credits
   (来源:东台日报, outlets.py), or its landmarks' place (狼山国家森林公园, landmarks.py); failing that, an article
   that names no place of its own, or only its city and only in passing, takes the county most articles of the
   page are about, when the page is about one county.
"""

from collections import Counter
from collections.abc import Sequence
from itertools import repeat
from operator import attrgetter

from .aid import with_aid_partners
from .asides import in_passing, without_literary_city_names, without_people, zones_as_towns
from .examples import (answers_page, counts_across, counts_places, county_of_towns_listed, held_to_front,
                       lone_town_up_front, spoken_of_whole, town_said_next, without_foils, without_models)
from .early import towns_named, up_front
from .former_towns import today_namesake
from .front import (county_addressed, headline_in_body, lead_end, located_town, lone_address_town, no_headline,
                    town_addressed, village_county)
from .gazetteer import LEVEL_RANK, Gazetteer
from .landmarks import landmarks_named, with_landmark
from .matching import NameMatch, find_names, outside_routes
from .menus import outside_crumbs, outside_menus
from .model import FIELDS, HEADLINE_FIELDS, ArticleText, Mention, PlaceTags, PrimaryPlace, field_texts, mention
from .names import fold, fold_joined
from .namesakes import numbered_namesakes
from .openings import (opening_end, opens_city_wide, outside_lists, outside_quotes, past_setting, scene_after_lead,
                       second_sentence, sentence_after)
from .outlets import outlet_context, own_city, own_town, with_outlet
from .readings import back_to_back
from .resolve import Context, Resolved, anchors, resolve
from .roundups import (area_of_towns_run, at_level, county_at_work, diary_area, dominant, is_diary,
                       lone_town_of_unwritten_county, numbered_round_up, other_counties, shared_area, side_by_side,
                       spread_over_towns)
from .short_forms import counties_of_lone_towns, counties_opening_clauses, county_of_home_town_named_afar_too
from .trips import (visit_keeps_whole, with_headline_visitors, with_origins, without_destinations,
                    without_visitors_places)
from .venues import lone_county, venue_town, without_event_venues, without_release_venues
from .villages import (heads_village_named_again, town_of_the_village, towns_with_villages, village_of, village_town,
                       with_village, without_village_namesakes)
from .words import (with_former_cities, without_city_word, without_feature_namesakes, without_former_counties,
                    without_short_forms_of_towns)

_CODE = attrgetter("code")  # a place's code


def tag_page(gazetteer: Gazetteer, articles: Sequence[ArticleText], home_region: str = "江苏省") -> list[PlaceTags]:
    """Place tags for each article of one page, in the same order."""
    home = gazetteer.find(home_region)
    home_code = home.code if home else None
    gazetteer.scan_ahead(fold(getattr(a, f) or "") for a in articles for f in FIELDS)
    names = [_article_names(gazetteer, article) for article in articles]
    marks = [landmarks_named(gazetteer, article) for article in articles]  # 大运河森林公园, 狼山国家森林公园
    anchored = [anchors(gazetteer, matches, home_code)  # found once, for page and article
                + counties_opening_clauses(gazetteer, matches, home_code, field_texts(article))  # 泰兴现已…,泰兴在建…
                + counties_of_lone_towns(gazetteer, matches, home_code, field_texts(article))  # 黎里…全镇…
                + county_of_home_town_named_afar_too(gazetteer, matches, home_code, field_texts(article))  # 锦溪古镇
                + outlet_context(gazetteer, fold(article.body), home_code) + landmarks.named  # 来源:苏州日报 … 浒墅关
                for matches, article, landmarks in zip(names, articles, marks)]
    page = Context(gazetteer, (code for codes in anchored for code in codes))
    resolved = [resolve(gazetteer, matches, page, home_code, codes) for matches, codes in zip(names, anchored)]

    own = [_primary_code(gazetteer, places, article, home_code) for places, article in zip(resolved, articles)]
    own = [with_landmark(gazetteer, *with_outlet(gazetteer, code, where, article, home_code), places, landmarks)
           for (code, where), article, places, landmarks in zip(own, articles, resolved, marks)]
    page_county = _page_county(gazetteer, [code for code, _ in own if code])
    tags = []
    for places, (code, named_where) in zip(resolved, own):
        if page_county and named_where in (None, "body") and _is_city_or_less(gazetteer, code, page_county):
            code = page_county
        tags.append(PlaceTags(_primary_place(gazetteer, today_namesake(gazetteer, code)) if code else None,
                              _mentions(gazetteer, places)))
    return tags


def _article_names(gazetteer: Gazetteer, article: ArticleText) -> list[NameMatch]:
    matches: list[NameMatch] = []
    for field in ("kicker", "title", "subtitle"):
        folded = fold(getattr(article, field) or "")
        if folded and not no_headline(folded):  # 来源:南通网 or 第A05版:… taken for a headline names nothing
            named = without_city_word(gazetteer, find_names(gazetteer, folded, field), folded)
            matches += outside_crumbs(folded, named)
    body = fold(article.body)
    body_names = find_names(gazetteer, body, "body", opening_end(body))
    matches += outside_menus(body, outside_routes(body, without_city_word(gazetteer, body_names, body)))
    whole = fold_joined((article.kicker, article.title, article.subtitle, article.body))
    matches = without_feature_namesakes(gazetteer, without_former_counties(gazetteer, matches, whole))
    # 清代的通州: 南通, not today's 通州区; 南阳镇… “文化南阳”: the town, not 南阳市
    matches = without_short_forms_of_towns(gazetteer, with_former_cities(gazetteer, matches))
    return without_people(without_village_namesakes(gazetteer, matches, whole), article)


def _primary_code(gazetteer: Gazetteer, places: list[Resolved], article: ArticleText,
                  home_code: str | None = None) -> tuple[str | None, str | None]:
    """The code of the place the article is about, and where: headline, opening, subtitle or body (None: nowhere)."""
    # not the visitors' places nor where people come from (来自台湾的…), the neighbours (东接郭巷街道), the seats;
    # a zone written with its town is the town
    places = with_aid_partners(gazetteer, with_origins(places, article))  # 与某县某村结对帮扶: the place helped
    places = with_headline_visitors(gazetteer, without_destinations(gazetteer, places, article), article)
    places = without_visitors_places(gazetteer, places)  # 区长率队赴上海招商, 苏州市领导率队来海考察: not 上海, 苏州
    places = in_passing(gazetteer, zones_as_towns(gazetteer, places, article), article, home_code)
    places = without_models(gazetteer, without_literary_city_names(gazetteer, places), article)  # “枫桥经验”, 姑苏…
    body = fold(article.body)  # folded once for the venues, the opening, the front and the village below
    places = without_event_venues(gazetteer, without_release_venues(gazetteer, places, article), body)  # 举行, 发布
    counts = Counter(map(_CODE, places))
    lead = lead_end(body)  # a photo's caption is not the opening
    namesakes = _headline_namesakes(gazetteer, places, article)
    if namesakes:
        return shared_area(gazetteer, namesakes), "headline"
    if town := own_town(gazetteer, places, article):  # 我镇…
        return town, "headline"
    listed = county_of_towns_listed(gazetteer, places, body)  # 周市镇是… / 陆家镇原名… / 花桥镇,…
    listed = listed or area_of_towns_run(gazetteer, places, article, body)  # 胜浦、娄葑、唯亭街道
    if listed:
        return listed, "opening"
    if is_diary(body) and not any(p.match.field in HEADLINE_FIELDS for p in places):  # 6月1日,… 6月2日,…
        return diary_area(gazetteer, [p.code for p in places]), "body"
    for where, named_there in (  # each asked only when those before it name nothing (most headlines do)
        ("headline", lambda: [p for p in places if p.match.field in HEADLINE_FIELDS]),
        ("opening", lambda: past_setting(gazetteer, without_foils(gazetteer, outside_lists(outside_quotes(  # …等地
            [p for p in places if p.match.opening and p.match.start >= lead], body, lead), body), counts),
            places, body)),
        ("subtitle", lambda: [p for p in places if p.match.field == "subtitle"]),
        ("opening", lambda: second_sentence(places, body)),
    ):
        named = named_there()
        if named and not (where == "opening" and _outweighed_elsewhere(gazetteer, [p.code for p in named], counts)):
            code = side_by_side(gazetteer, named) if where == "headline" else None  # 如东启东…: the two at once
            code = code or _most_specific(gazetteer, [p.code for p in named], counts)
            break
    else:
        code, where = dominant(gazetteer, [p.code for p in places]), "body"
        if code is None:
            return None, None
    if code and _names_a_zone(gazetteer, code, named if where != "body" else places):
        return _out_of_zone(gazetteer, code), where
    if code and _zone_around_named_more(gazetteer, code, places, counts):
        return _out_of_zone(gazetteer, code), where
    if code is None:
        return None, where
    opening = (lead, lead + opening_end(body[lead:]))
    # 苏州市人大常委会视察…, …来苏州调研: the visit's stops are not the news
    whole = visit_keeps_whole(gazetteer, code, places, article, body[opening[0]:opening[1]])
    # 泰州:… over 位于泰州市海陵区城中街道…; not a headline counting the towns it is about (某市6个乡镇获评…)
    if where == "headline" and gazetteer[code].is_city and not whole and not counts_places(gazetteer, article, counts):
        code = town_addressed(gazetteer, code, places, body) or venue_town(gazetteer, code, places, body) \
            or lone_county(gazetteer, code, places, body) or county_addressed(gazetteer, code, places, body) \
            or located_town(gazetteer, code, places, body) or code
    elif where == "opening" and gazetteer[code].is_city:  # 来到苏州某某村。某某村位于…吴江区同里镇…
        code = town_addressed(gazetteer, code, places, body, past_city=True) \
            or village_county(gazetteer, code, places, body) or located_town(gazetteer, code, places, body) or code
    found = code
    if where == "body":  # a town the body keeps naming is held to the front like one narrowed to from its county
        found = at_level(gazetteer, code, "county") or code
    across = counts_across(gazetteer, found, places, body, lead)  # 启东2万多名网格员…: the county's
    # the county's or the city's: its one example further on is no narrowing, nor one item's town of its listed spots
    whole = whole or across or numbered_round_up(gazetteer, places, body) \
        or spoken_of_whole(gazetteer, found, places, body)  # 市委…全市…全市…, then 一行考察了某某镇: the area's
    # 吴中区临湖镇, a county as its town's address: for `_narrowed` and `held_to_front`, not where the text is whole
    addresses = None if whole or gazetteer[code].level in ("county", "town") else _addresses(gazetteer, places, article)
    narrowed = code if whole else own_city(gazetteer, code, counts, article) \
        or _narrowed(gazetteer, code, counts, addresses)  # 我市… under its province's 省…公布: the city's
    ahead = None  # the body's front and the places named up front: made for the few rules below that read them
    headline = where == "headline" or where == "opening" and headline_in_body(body, named)  # a headline's line
    if headline and narrowed == code and not whole:  # 如皋… over 如皋市磨头镇的一个村子: the one town up front
        ahead = up_front(gazetteer, places, body) if gazetteer[code].level == "county" else None  # (read for one)
        narrowed = ahead and lone_town_up_front(gazetteer, code, places, counts, ahead[1], article) \
            or venue_town(gazetteer, code, places, body) or code
    # listed (made when read): 我市4个典型上榜, 79家助餐点: each village or community an example
    listed, code = None, found
    if narrowed != found:  # (`held_to_front` steps down from `found` to `narrowed`: most articles take no step)
        ahead, listed = ahead or up_front(gazetteer, places, body), counts_places(gazetteer, article, counts)
        if addresses is None and not whole:
            addresses = _addresses(gazetteer, places, article)
        code = held_to_front(gazetteer, found, narrowed, counts, ahead[1], listed, answers_page(article), addresses)
    if where == "body" and code == found:  # 在平桥区某某镇敬老院里…, nothing else named; 属地某某街道: the town
        code = lone_address_town(gazetteer, code, places, body) or code
    county = at_level(gazetteer, code, "county")
    if gazetteer[code].level == "town" and county and towns_named(gazetteer, county, counts) > 1:  # (two at least)
        code = county if len(towns_with_villages(gazetteer, article, places, county)) > 1 else \
            town_of_the_village(gazetteer, article, places, code, counts, body) or code  # 黄埭镇Y片区 …: the county's
    if gazetteer[code].level == "county" and not whole:  # (a visit's stops, a count across it: the county's)
        listed = counts_places(gazetteer, article, counts) if listed is None else listed
        town = village_town(gazetteer, article, places, code, communities=not listed)
        if town and not _other_town_named_more(gazetteer, code, town, counts):
            village = village_of(article, places, town)  # the village named up front: its town is
            ahead = ahead or up_front(gazetteer, places, body)
            code = town if village and village in _front_text(article, body, ahead[0]) else \
                held_to_front(gazetteer, found, town, with_village(counts, town, village, body), ahead[1])
    # the stops of a visit (…赴吴江区视察。委员们走进震泽古镇…) are not where the news is
    if where == "opening" and code == found and not across and not any(p.match.host for p in places) and (
            gazetteer[code].level == "county" or gazetteer[code].level == "city" and not opens_city_wide(body)):
        code = town_said_next(gazetteer, code, sentence_after(places, body, named), counts) or code
    if where == "opening" and gazetteer[code].level == "county" and not across:  # …活动拉开帷幕。\n在某某街道…,…
        code = town_said_next(gazetteer, code, scene_after_lead(places, body), counts) or code
    if gazetteer[code].level == "county" and not whole:  # 属地某某街道, 古村位于某县某镇: the one town, its subject's
        code = located_town(gazetteer, code, places, body) or code
    code = spread_over_towns(gazetteer, code, places, body) or code  # 启东各区镇…: a round-up
    return county_at_work(gazetteer, code, places, article) or code, where  # 海安市水利局…全市…南莫…


def _front_text(article: ArticleText, body: str, front: int) -> str:
    """The headline, the subtitle and the body's front, folded."""
    heads = (getattr(article, f) for f in (*HEADLINE_FIELDS, "subtitle"))
    return fold("\n".join(filter(None, heads))) + "\n" + body[:front]


def _headline_namesakes(gazetteer: Gazetteer, places: list[Resolved], article: ArticleText) -> list[str]:
    """The places a headline's name stands for when the text gives it to several alike (周庄镇
    heading an entry on 昆山's, 江阴's and 兴化's): the article is about the name, not one of them.
    One named more often than each other (a text on one 桃源镇 listing its namesakes) is the place."""
    headline = fold("\n".join(filter(None, (getattr(article, f) for f in HEADLINE_FIELDS))))
    if not headline:
        return []
    by_text: dict[str, Counter[str]] = {}
    for p in places:
        if p.match.field == "body" and p.match.text in headline:
            by_text.setdefault(p.match.text, Counter())[p.code] += 1
    for named in by_text.values():  # 吴中木渎 gives 吴中区 and 木渎镇: one place, not namesakes
        apart = [n for c, n in named.most_common() if not any(c in gazetteer.ancestors(o) for o in named if o != c)]
        if len(apart) > 1 and apart[0] == apart[1]:
            return sorted(c for c in named if not any(c in gazetteer.ancestors(o) for o in named if o != c))
    counties = [(p.match.start, p.code) for p in places  # the body's counties, where each is named
                if p.match.field == "body" and gazetteer[p.code].level == "county"]
    return numbered_namesakes(gazetteer, counties, article.body, headline)


def _most_specific(gazetteer: Gazetteer, codes: list[str], counts: Counter[str]) -> str | None:
    """The deepest place named; where several differ at that depth, the one the article names
    more often than each other, else what they share."""
    # how often the article names each, or a place inside it (苏州 … 吴中区 … 香山街道 outweighs a
    # village called 舟山 named three times)
    within = _named_within(gazetteer, set(codes), counts)
    codes = _not_outweighed(gazetteer, codes, within)
    deepest = max(LEVEL_RANK[gazetteer[c].level] for c in codes)
    distinct = list(dict.fromkeys(c for c in codes if LEVEL_RANK[gazetteer[c].level] == deepest))
    if len(distinct) == 1:
        return distinct[0]
    ranked = sorted(distinct, key=lambda c: within[c], reverse=True)
    if within[ranked[0]] > within[ranked[1]]:
        return ranked[0]
    return shared_area(gazetteer, distinct)


def _named_within(gazetteer: Gazetteer, codes: set[str], counts: Counter[str]) -> dict[str, int]:
    """How often the article names each place, or a place inside it."""
    within = dict.fromkeys(codes, 0)
    for named, n in counts.items():
        around_named = gazetteer.ancestors(named)
        for around in (around_named & within.keys() if len(within) > 2 else within):  # (a place or two: no set made)
            within[around] += n if around in around_named else 0
    return within


def _outweighs(gazetteer: Gazetteer, other: str, code: str, within: dict[str, int]) -> bool:
    """Whether a place apart from `code` (neither containing it nor inside it) is named three times as often."""
    return (within[other] >= max(4, 3 * within[code]) and other not in gazetteer.ancestors(code)
            and code not in gazetteer.ancestors(other))


def _not_outweighed(gazetteer: Gazetteer, codes: list[str], within: dict[str, int]) -> list[str]:
    """Without the places that another place named with them, and not containing them, outweighs
    three times over: 上海市 … 连接上海与江苏省昆山市 … 上海 … 上海 is about 上海, not 昆山."""
    distinct = dict.fromkeys(codes)  # each once (and no place outweighs itself)
    kept = {c for c in distinct if not any(_outweighs(gazetteer, o, c, within) for o in distinct
                                           if within[o] >= 3 * within[c] and o != c)}  # (the count first: quicker)
    return [c for c in codes if c in kept] or codes


def _outweighed_elsewhere(gazetteer: Gazetteer, codes: list[str], counts: Counter[str]) -> bool:
    """Whether the article outweighs every place of its opening by one it names elsewhere: an opening
    on where a report came out (…报告在湖北发布) before a body all about 苏州 and 吴江 does not say
    where the article is."""
    within = dict.fromkeys(codes, 0)  # `_named_within` of `codes` and of every place around a place named
    for named, n in counts.items():
        for around in gazetteer.ancestors(named):
            within[around] = within.get(around, 0) + n
    heavy = [o for o, n in within.items() if n >= 4]  # only these can outweigh anything
    return all(any(_outweighs(gazetteer, o, c, within) for o in heavy if within[o] >= 3 * within[c])  # (count first)
               for c in dict.fromkeys(codes))


def _names_a_zone(gazetteer: Gazetteer, code: str, named: list[Resolved]) -> bool:
    """Whether the article names its place mostly as a functional zone (昆山开发区, 汾湖高新区,
    吕四港经济开发区) rather than as the town or county itself."""
    town_zone = gazetteer[code].level == "town" and gazetteer[code].status == "zone"
    as_zone = [town_zone or p.match.zone and gazetteer[code].level == "town"
               or any(e.code == code and e.form == "zone" for e in p.match.entries)
               for p in named if p.code == code]
    return sum(as_zone) * 2 >= len(as_zone) > 0


def _zone_around_named_more(gazetteer: Gazetteer, code: str, places: list[Resolved], counts: Counter[str]) -> bool:
    """Whether a zone spanning several towns of the county (汾湖高新区 over 黎里, 芦墟 …) is
    named more often than the town found: the article is about the zone, county-wide."""
    if gazetteer[code].level != "town":
        return False
    county = gazetteer.filed_parent(code)
    as_zone = sum(1 for p in places if p.code == county
                  and any(e.code == county and e.form == "zone" for e in p.match.entries))
    return as_zone > counts[code]


def _out_of_zone(gazetteer: Gazetteer, code: str) -> str:
    """A zone is reported with its county, without a town: it spans several."""
    return (gazetteer.filed_parent(code) or code) if gazetteer[code].level == "town" else code


def _narrowed(gazetteer: Gazetteer, code: str, counts: Counter[str], addresses: Counter[str] | None = None) -> str:
    """The place inside `code` the article keeps coming back to (吴江 … 同里 … 同里古镇 …),
    when one town (or, in a city, one county) is named at least twice and more than twice as often
    as all the others inside together: a feature on a county that visits one town a little more
    than the others (尚湖镇 twice, 董浜镇 once), or a city's that goes to 常熟 twice and 昆山 once, is
    still about the county or the city. Under a province a county named more often than the others
    together is enough: a local paper's text is seldom about its province; so is, once, a lone town
    of a county the text never writes (`lone_town_of_unwritten_county`).
    `code` itself when the article spreads over several, or keeps to a zone. A county and its town written as one
    address (`addresses`: the towns so written) name the county once, not twice: a city's report
    that gives one address in 吴中区临湖镇 stays city-wide."""
    for level in ("town", "county"):
        if LEVEL_RANK[gazetteer[code].level] >= LEVEL_RANK[level]:
            continue
        inside: Counter[str] = Counter()
        for named, n in (counts - addresses if level == "county" and addresses else counts).items():
            if named != code and code in gazetteer.ancestors(named):
                above = at_level(gazetteer, named, level)
                if above and (level == "county" or gazetteer[above].status != "zone"):  # (张家港保税区 spans towns)
                    inside[above] += n
        if inside:
            top, n = inside.most_common(1)[0]
            rest = sum(inside.values()) - n
            under_province = level == "county" and gazetteer[code].level == "province"
            if (n >= 2 or lone_town_of_unwritten_county(gazetteer, code, top, counts)) \
                    and n > (rest if under_province else 2 * rest) \
                    and not (level == "town" and other_counties(gazetteer, code, top, counts) >= n):
                return _narrowed(gazetteer, top, counts, addresses)
    return code


def _addresses(gazetteer: Gazetteer, places: list[Resolved], article: ArticleText) -> Counter[str]:
    """The towns written right after their county, as one address (吴中区临湖镇, 吴中木渎, 淮陽區(qū)鄭集鄉: a reading
    between changes nothing) — but not before a village the article is about (相城区望亭镇迎湖村 … 迎湖村)."""
    return Counter(p.code for before, p in zip(places, places[1:]) if back_to_back(before.match, p.match)
                   and gazetteer[p.code].level == "town" and before.code == gazetteer.filed_parent(p.code)
                   and not heads_village_named_again(article, p))


def _other_town_named_more(gazetteer: Gazetteer, county: str, town: str, counts: Counter[str]) -> bool:
    """Whether the article names another town of `county` more often than `town`: a county
    feature that stops at one village (金港镇高峰村) among its towns is still about the county."""
    return any(n > counts[town] and c != town and gazetteer[c].level == "town" and county in gazetteer.ancestors(c)
               for c, n in counts.items())


def _page_county(gazetteer: Gazetteer, codes: list[str]) -> str | None:
    """The county most of the page's articles are about, if the page is about one county."""
    counties = Counter(at_level(gazetteer, c, "county") for c in codes)
    county, votes = counties.most_common(1)[0] if counties else (None, 0)
    return county if county and votes * 2 > len(codes) else None


def _is_city_or_less(gazetteer: Gazetteer, code: str | None, county: str) -> bool:
    """No place, or only a city (or province) that contains `county`."""
    return code is None or gazetteer[code].level in ("province", "city") and code in gazetteer.ancestors(county)


def _primary_place(gazetteer: Gazetteer, code: str) -> PrimaryPlace:
    by_level = {p.level: p.name for p in gazetteer.filed_chain(code)}
    city = next((p.name for p in gazetteer.filed_chain(code) if p.is_city), None)  # 上海市: a municipality
    return PrimaryPlace(city=city, county=by_level.get("county"), town=by_level.get("town"), code=code)


def _mentions(gazetteer: Gazetteer, places: list[Resolved]) -> list[Mention]:
    return list(map(mention, repeat(gazetteer), dict.fromkeys(map(_CODE, places))))  # each place once (loops in C)
