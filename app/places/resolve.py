"""Deciding which place a written name means, from what else the article and its page say.

A name is first an *anchor* when, without any context, it can mean only one place (苏州,
姑苏区, 吴中木渎). Anchors and everything containing them form the context: the article's
own and, weaker, the page's (a page about 崇川区 whose articles say only 区委书记).

A name that needs context is then settled by comparing, for each place it may mean:
1. how close the article's context comes to it (its county named > its city > its province),
2. the same for the page's context,
3. whether it lies in the home region (default 江苏省),
4. current before revoked.
A name more than twenty towns bear (城关镇, 城东街道) that only its province in the context brings near one of them is
not settled by that: the province's one town so named says nothing of which county the text means.
The best place must beat every other on this order; a tie leaves the name out, because a
wrong place in the archive is worse than a missing one.

Some forms are only names in context: a county's short form, unless it heads an article
about the home region (常熟推进…), because two characters are often part of other words
(弘扬中华 holds 扬中, 海港新村 holds 海港) — it counts where its city is named around it;
names that are also words (老城区); and
aliases such as 高新区 or 月亮湾, which name a place only where their `context` place (苏州市)
is in the article's or page's context — and which, when the article also writes a fuller name
ending in them (昆山高新区), refer back to that place.
"""

from dataclasses import dataclass
from itertools import compress
from operator import attrgetter, not_

from .context import Context, count_into
from .far_towns import without_lone_far_towns, without_towns_outside_their_address
from .forms import EntryFacts, FormFacts, facts_of, is_nickname, written_in_full
from .gazetteer import LEVEL_RANK, Gazetteer, NameEntry
from .matching import NameMatch, same_sentence
from .model import HEADLINE_FIELDS
from .namesakes import left_unsettled
from .names import names_a_feature
from .per_name import per_name

_STATUS_RANK = {"current": 2, "zone": 2, "revoked": 1, "nbs_only": 1}


@dataclass(slots=True, unsafe_hash=True)  # not frozen, which would set each field through object.__setattr__
class Resolved:
    """A place the text names, where it names it."""

    code: str
    match: NameMatch


def anchors(gazetteer: Gazetteer, matches: list[NameMatch], home_code: str | None) -> list[str]:
    """Codes of the names that mean one place whatever the context."""
    found = []
    for match in matches:
        form = match.form_facts  # made with the name (`facts_of` when a copy has other entries)
        if form is None or form.entries is not match.entries:
            form = facts_of(gazetteer, match)
        code = form.anchor  # the same for every match of the form, but where a county's short form varies
        if code is None and form.anchor_varies:  # the same for every name of the form written alike (`_varying`)
            code = _varying(gazetteer, form, match, home_code)
        if code is not None:
            found.append(code if not form.composite_prefix
                         else _feature_after_county(gazetteer, match, form, code, matches))
    return found


def _varying(gazetteer: Gazetteer, form: FormFacts, match: NameMatch, home_code: str | None) -> str | None:
    """The anchor of a name whose county's short form needs context by where it is written: kept by the form, whether
    the name heads the text or hosts a visit, and the home region, all that `_is_loose_short_form` reads."""
    key = (form, match.field in HEADLINE_FIELDS or match.host, home_code)
    if key not in _VARYING:
        if len(_VARYING) >= 4096:
            _VARYING.clear()
        codes = {e.code for e in form.not_stems if not _needs_context(gazetteer, e, match, home_code)}
        _VARYING[key] = codes.pop() if len(codes) == 1 else None
    return _VARYING[key]


_VARYING: dict[tuple[FormFacts, bool, str | None], str | None] = {}


def resolve(gazetteer: Gazetteer, matches: list[NameMatch], page: Context, home_code: str | None,
            anchored: list[str] | None = None) -> list[Resolved]:
    """The place each name means, for the names that can be settled; in reading order. `anchored`: the
    names' anchors, when the caller has found them already."""
    if anchored is None:
        anchored = anchors(gazetteer, matches, home_code)
    # each name's facts (kept with the name by `anchors` mostly), those of the name right before it (for one written
    # after 的, of the name before the 的), the bare town names' watch (the places of which one in the article's context
    # could make one of them usable, forms.FormFacts.stem_watch: while it holds none, `_choose` turns them down; kept
    # for those with no name right before them none of whose places the page's context holds), how often each name is
    # written, and the order to visit them in: bare town names last in each round, once the counties and cities
    # around them are settled (城东街道 after 崇川区 …); names settled in one round are context for the next
    forms, after_forms, quiet, in_order, repeats = per_name(gazetteer, matches, page.keys())
    article = Context(gazetteer, anchored + _paired_counties(gazetteer, forms, home_code))

    # the names written before it in its sentence, nearest first (江阴市东南三十里周庄镇), asked only of the names
    # that many towns bear in full: in reading order, a sentence's names stand together in `matches`
    def earlier(i: int) -> list[int]:
        found = []
        while i > 0 and same_sentence(matches[i - 1], matches[i]):
            i -= 1
            found.append(i)
        return found

    # Each name by its place in `matches`, its code once settled, and how many names were settled when it was
    # last looked at in vain: until another one is, the context is the same and so is the answer.
    code_of: list[str | None] = [None] * len(matches)
    in_vain_at = [-1] * len(matches)
    settled = 0  # how many names are
    article_keys = article.keys()
    ancestors = gazetteer.ancestors  # (a settled name's places counted into the context: `Context.add_one`, inlined)
    in_vain_alike: dict[tuple, int] = {}  # likewise for the names that `_choose` answers alike (see `alike`)
    for _ in range(3):
        progress = False
        for i in in_order:
            if code_of[i] or in_vain_at[i] == settled:
                continue
            form = forms[i]
            # one place, no context needed: nothing to weigh (nor a feature after a county, but in a composite)
            if form.sure:
                code = code_of[i] = form.sure if not form.composite_prefix \
                    else _feature_after_county(gazetteer, matches[i], form, form.sure, matches)
                settled += 1
                count_into(article, ancestors(code))
                progress = True
                continue
            watch = quiet[i]
            if watch is not None and article_keys.isdisjoint(watch):
                in_vain_at[i] = settled  # bare town names none of whose places is near: `_choose` would say so
                continue
            match = matches[i]
            local = _town_of_county_earlier(gazetteer, match, [code_of[j] for j in earlier(i)]) \
                if form.official_namesakes else None
            if local:  # this sentence's namesake only: the others may mean another (a list of 周庄镇)
                code_of[i] = local
                settled += 1
                progress = True
                continue
            longer = _longer_form(match, matches) if form.aliases_in_context else None
            if longer:  # 昆山高新区 … 高新区: the bare word refers back to the full name
                code = code_of[next(j for j, m in enumerate(matches) if m is longer)]
            else:
                # a name written again alike, after the same name, gets the same answer from the same context
                alike = (id(form), match.text, match.called_town, match.host or match.field in HEADLINE_FIELDS,
                         id(after_forms[i]))
                if in_vain_alike.get(alike) == settled:
                    in_vain_at[i] = settled
                    continue
                code = _choose(gazetteer, match, form, article, page, home_code, after_forms[i], repeats[match.text])
                if code and form.composite_prefix:  # (a feature after a county is written as a composite)
                    code = _feature_after_county(gazetteer, match, form, code, matches)
                if not code:
                    in_vain_alike[alike] = settled
            if code:
                code_of[i] = code
                settled += 1
                count_into(article, ancestors(code))
                progress = True
            else:
                in_vain_at[i] = settled
        if not progress:
            break

    if settled:
        settled_at = dict(compress(enumerate(code_of), code_of))  # (a loop in C)
        by_position = without_towns_outside_their_address(gazetteer, settled_at, matches)  # 市中区临江镇
        # the counties written with their towns (上杭 of 上杭南阳镇): read only where the names span two provinces
        counties = (county for i, code in by_position.items() if (county := forms[i].first_prefix.get(code)))
        first = min(by_position)
        kept = without_lone_far_towns(gazetteer, by_position, by_position[first], counties,
                                      matches[first].field in HEADLINE_FIELDS, home_code)
        if kept is not settled_at:
            code_of = [kept.get(i) for i in range(len(matches))]
    resolved: list[Resolved] = []
    add, new = resolved.append, object.__new__
    for match, form, code in zip(matches, forms, code_of):
        if not code:
            continue
        prefix_code = form.first_prefix.get(code)
        if prefix_code:
            resolved.append(Resolved(prefix_code, match))  # 吴中 of 吴中木渎
        place = new(Resolved)  # (its two fields set here: no __init__ run in a frame of its own, for every name)
        place.code, place.match = code, match
        add(place)
    return resolved


def _feature_after_county(gazetteer: Gazetteer, match: NameMatch, form: FormFacts, code: str,
                          matches: list[NameMatch]) -> str:
    """A county and a lake, hill or river named after one of its towns (相城阳澄湖, 常熟虞山) name
    the county and the feature, not the town — unless the text calls it a town (相城阳澄湖镇,
    …小镇) or also names the town in full, as for a bare feature name."""
    prefix_code = form.composite_prefix.get(code)  # the first composite entry's
    if not prefix_code or not names_a_feature(match.text) or match.called_town:
        return code
    in_full = any(code in facts_of(gazetteer, m).official_codes for m in matches)
    return code if in_full else prefix_code


def _paired_counties(gazetteer: Gazetteer, forms: list[FormFacts], home_code: str | None) -> list[str]:
    """Home-region counties whose short form and the bare name of one of their towns, or of one of
    their zones, both appear (吴江 … 同里, 启东 … 吕四, 吴江 … 汾湖), and counties anywhere whose short form
    and one of their towns named in full both do (奉贤 … 柘林镇, a name three provinces share): each says
    what the other means."""
    shorts = list(filter(None, map(_SHORT_CODES, forms)))  # (a loop in C)
    paired: set[str] = set()
    if shorts:
        distinct = dict.fromkeys(forms)  # each form once (a form is equal only to itself)
        # each form's places met with the few counties written short (a stem's places may be hundreds)
        short = set().union(*shorts)
        home_short = {code for code in short if _is_home(gazetteer, code, home_code)}
        # most forms: none of their places is one of them (told by a loop in C)
        for f in compress(distinct, map(not_, map(short.isdisjoint, map(_PAIRING, distinct)))):
            if home_short and not home_short.isdisjoint(f.contexts_named):
                paired |= home_short & f.contexts_named
            if home_short and not home_short.isdisjoint(f.zone_codes):
                paired |= home_short & f.zone_codes
            if not short.isdisjoint(f.around_official_towns):  # around a town named in full
                paired |= short & f.around_official_towns
    return sorted(paired | _counties_of_unique_stems(gazetteer, forms, home_code))


def _counties_of_unique_stems(gazetteer: Gazetteer, forms: list[FormFacts], home_code: str | None) -> set[str]:
    """Home-region counties two of whose towns are named by bare names no other town in China
    bears (栟茶 … 掘港): the two confirm each other, as a short form and a town name do."""
    uniques = list(filter(None, map(_UNIQUE_STEM, forms)))  # one for each name
    if len(uniques) < 3:
        return set()  # most articles: too few to be named again
    towns: dict[str, list[str]] = {}
    for county, code in uniques:
        towns.setdefault(county, []).append(code)
    # two towns, and named again: a list of sights (木渎古镇, 光福) names each once
    return {county for county, codes in towns.items()
            if len(set(codes)) >= 2 and len(codes) >= 3 and _is_home(gazetteer, county, home_code)}


_UNIQUE_STEM, _SHORT_CODES, _PAIRING = attrgetter("unique_stem"), attrgetter("short_codes"), attrgetter("pairing")


def _longer_form(match: NameMatch, matches: list[NameMatch]) -> NameMatch | None:
    """For a name that is also a common word (高新区), a fuller name of the article ending in it, or the
    place the article writes it after (张家港市高新区 … 高新区: 张家港's zone, not 苏州高新区)."""
    if not all(e.form == "alias" and e.context for e in match.entries):
        return None
    owners = {e.context for e in match.entries}  # 苏州市高新区 is 苏州高新区 itself
    return next((m for m in matches if len(m.text) > len(match.text) and m.text.endswith(match.text)), None) or next(
        (p for p in matches if p.zone and not owners & {e.code for e in p.entries}
         and any(q.field == p.field and q.start == p.end and q.text == match.text for q in matches)), None)


def _needs_context(gazetteer: Gazetteer, entry: NameEntry, match: NameMatch, home_code: str | None) -> bool:
    return bool(entry.context) or _is_loose_short_form(gazetteer, entry, match, home_code)


def _is_loose_short_form(gazetteer: Gazetteer, entry: NameEntry, match: NameMatch, home_code: str | None) -> bool:
    """A county's short form anywhere but in a headline about the home region, or as the
    host of a visit (考察团一行来吴江考察)."""
    if entry.form != "short" or gazetteer[entry.code].level != "county":
        return False
    named_for_sure = match.field in HEADLINE_FIELDS or match.host or match.zone  # (吴江开发区: the county's zone)
    return not named_for_sure or not _is_home(gazetteer, entry.code, home_code)


def _is_home(gazetteer: Gazetteer, code: str, home_code: str | None) -> bool:
    return home_code is not None and home_code in gazetteer.ancestors(code)


def _usable(gazetteer: Gazetteer, fact: EntryFacts, match: NameMatch, article: Context, page: Context,
            home_code: str | None, after: frozenset[str] = frozenset(), repeats: int = 1) -> bool:
    """`fact`: the entry with the city of its county and its province (forms.py); `after`: the codes the
    name right before this one may stand for."""
    entry = fact.entry
    if entry.form == "stem" and names_a_feature(match.text) and not match.called_town:
        return entry.code in article  # 虞山 is the hill unless the article also names 虞山街道
    if entry.form == "stem" and fact.city in after:
        return True  # 苏州渭塘
    if entry.form == "stem" and len(match.entries) == 1 and not is_nickname(match.text) and (
            repeats > 1 and fact.city in article
            or repeats > 2 and (fact.province in article or _is_home(gazetteer, entry.code, home_code))):
        # 苏州 … 光福香雪海 … 光福: a bare name of one town in all China, again where its city is named, or three times
        # where its province is or in the home region (甪直 … 甪直 … 甪直); 凤凰, 太平 name towns everywhere: not so
        return True
    if entry.context and entry.context not in article and entry.context not in page and not (
            entry.form == "alias" and fact.city in after  # (无锡的梅村镇: after its city; 吕四小镇: one place, a town)
            or entry.form == "alias" and match.called_town and all(e.code == entry.code for e in match.entries)
            or entry.form == "composite" and written_in_full(gazetteer, entry.code, match.folded, match.end)):
        return False
    if fact.county_short and _is_loose_short_form(gazetteer, entry, match, home_code):
        parent = gazetteer.filed_parent(entry.code)  # (or its province written right before it: 江苏常熟, 福建平潭)
        return parent is not None and (parent in article or parent in page) or fact.province in after
    return True


def _usable_stems(form: FormFacts, match: NameMatch, article: Context, page: Context,
                  after: frozenset[str]) -> set[int]:
    """Where the bare town stems `_usable` takes stand among the entries of a name several places bear,
    looked up by their town, county and city instead of one by one: a stem that also names a feature
    is its town where the article names the town; otherwise a stem is taken right after its city, or
    where its county is in the article's or the page's context. (A name of several entries is not the
    bare name of one town, and a stem is no county's short form.)"""
    found: set[int] = set()
    # Most stems are near none of their towns: one look without building a set says so.
    if names_a_feature(match.text) and not match.called_town:
        by_code = form.stems_by_code
        if not by_code.keys().isdisjoint(article.keys()):
            for code in by_code.keys() & article.keys():
                found.update(by_code[code])
        return found
    if after:
        for city in form.stems_by_city.keys() & after:
            found.update(form.stems_by_city[city])
    by_county = form.stems_by_context
    counties = by_county.keys()
    if not counties.isdisjoint(article.keys()) or not counties.isdisjoint(page.keys()):
        for county in (counties & article.keys()) | (counties & page.keys()):
            found.update(by_county[county])
    found.update(by_county.get(None, ()))  # a stem without a county to need
    return found


def _inside_place_before(gazetteer: Gazetteer, codes: list[str], areas: set[str]) -> str | None:
    """The one town among `codes` inside the county or city written right before it (通江县沙溪镇,
    太仓市的沙溪古镇): a list of namesakes, each after its county, names each one."""
    if not areas:
        return None
    inside = [c for c in codes if not areas.isdisjoint(gazetteer.ancestors(c))]
    if any(gazetteer[c].level != "town" for c in inside):
        return None  # 南通海门: the county 海门, not its town 海门街道 (台州海门: 椒江's 海门街道, the one inside)
    return inside[0] if len(inside) == 1 else None


def _town_of_county_earlier(gazetteer: Gazetteer, match: NameMatch, earlier: list[str | None]) -> str | None:
    """A town named in full (周庄镇, not a bare 周庄) that many places bear is the one inside the
    county or city named last before it in its sentence (江阴市东南三十里周庄镇). `earlier`: the places of the
    names written before it in its sentence, nearest first (None: not settled)."""
    nearest = next((code for code in earlier if code and gazetteer[code].level in ("city", "county")), None)
    # the same for every name of these entries after that place: kept (with the entries: no other takes their id)
    kept = _INSIDE_EARLIER.get((id(match.entries), nearest)) if nearest else (match.entries, None)
    if kept is None or kept[0] is not match.entries:
        if len(_INSIDE_EARLIER) >= 4096:
            _INSIDE_EARLIER.clear()
        inside = _inside_place_before(gazetteer, [e.code for e in match.entries], {nearest})
        kept = _INSIDE_EARLIER[id(match.entries), nearest] = (match.entries, inside)
    return kept[1]


_INSIDE_EARLIER: dict[tuple[int, str | None], tuple[tuple[NameEntry, ...], str | None]] = {}


def _choose(gazetteer: Gazetteer, match: NameMatch, form: FormFacts, article: Context, page: Context,
            home_code: str | None, after_form: FormFacts | None = None, repeats: int = 1) -> str | None:
    """`form`: the facts of the match's entries; `after_form`: those of the name right before it."""
    after_codes = after_form.codes if after_form else frozenset()
    per_entry = form.per_entry
    if len(per_entry) == 1:  # one place: usable or not, nothing to weigh
        usable = _usable(gazetteer, per_entry[0], match, article, page, home_code, after_codes, repeats)
        return per_entry[0].entry.code if usable else None
    watch = form.stems_watch  # the places that could make one of its bare town names usable, as below
    near = form.stems_by_code and not (watch and not after_codes and article.keys().isdisjoint(watch[0])
                                       and page.keys().isdisjoint(watch[1]))
    usable = _usable_stems(form, match, article, page, after_codes) if near else set()
    if not usable and not form.not_stem_at:  # bare town names none of which is near (most of them)
        return None
    asked = form.not_stem_asked  # the other entries `_usable` must ask; the rest it takes whatever the text
    if not usable and not asked:  # (most names of several places: their codes in order, known with the form)
        codes = form.taken_codes
    else:
        usable.update(form.not_stem_taken)
        usable.update(i for i in asked
                      if _usable(gazetteer, per_entry[i], match, article, page, home_code, after_codes, repeats))
        codes = list(dict.fromkeys(map(form.entry_codes.__getitem__, sorted(usable))))
    if len(codes) <= 1:
        return codes[0] if codes else None
    written_before = after_form.wide_codes if after_form else set()
    in_named_before = _inside_place_before(gazetteer, codes, written_before)
    if in_named_before:
        return in_named_before
    # 淮安 is both 淮安市 and its 淮安区: a name shared along one line of the tree means the larger place.
    widest = min(codes, key=lambda c: LEVEL_RANK[gazetteer[c].level])
    if all(widest in gazetteer.ancestors(c) for c in codes):
        return widest

    def rank(code: str) -> tuple[tuple[int, int], tuple[int, int], bool, int]:
        return (
            article.closeness(code),
            page.closeness(code),
            _is_home(gazetteer, code, home_code),
            _STATUS_RANK[gazetteer[code].status],
        )

    ranked = sorted(codes, key=rank, reverse=True)
    first = rank(ranked[0])
    if left_unsettled(first, gazetteer[ranked[0]].level, len(codes)):  # 贵州's one 城关镇; a bare 石桥镇 of 17
        return None
    return ranked[0] if first > rank(ranked[1]) else None
