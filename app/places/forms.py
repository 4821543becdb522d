"""What the resolver asks of a written form's places, worked out once per form.

A form's entries are one tuple for the gazetteer's whole life (every match of the form hands out the
same tuple), and an article asks the same of them again and again: are they all bare town stems,
which codes they hold and in which forms, which city and province each town stem's county lies in.
The answers are kept with the gazetteer, one `FormFacts` per tuple; a tuple made afresh (a name's
entries narrowed down) gets facts of its own. Nothing here decides anything: the rules stay in
resolve.py and ask these facts instead of walking the entries.
"""

from collections.abc import Iterable
from typing import NamedTuple, Protocol

from app.people.lexicon import SURNAMES

from .gazetteer import Gazetteer, NameEntry
from .names import town_stem

_MEMO_LIMIT = 200_000  # forms kept; beyond it (entries narrowed in many ways) the memo starts afresh


# the forms whose context is the county they lie in: a bare town name's, a former name's (梅村镇, now 梅村街道)
_IN_A_COUNTY = ("stem", "alias")


class EntryFacts(NamedTuple):
    entry: NameEntry
    city: str | None  # the city of the entry's context county (a town stem's, a former name's), if it lies in one
    province: str | None  # the province of the entry's place
    county_short: bool  # a county's short form (which needs context but where it is sure: resolve.py)


class FormFacts:
    """Facts of one tuple of entries (see the module's docstring)."""

    __slots__ = ("entries", "all_stems", "codes", "not_stems", "not_stem_codes", "short_codes", "zone_codes",
                 "contexts_named", "official_codes", "around_official_towns", "unique_stem", "aliases_in_context",
                 "alias_owners", "official_namesakes", "composite_prefix", "first_prefix", "wide_codes", "per_entry",
                 "not_stem_at", "not_stem_taken", "not_stem_asked", "taken_codes", "entry_codes", "stems_by_code",
                 "stems_by_context", "stems_by_city", "sure", "anchor", "anchor_varies",
                 "stem_watch", "stems_watch", "pairing", "provinces", "towns_only", "towns_by_province")

    def __init__(self, gazetteer: Gazetteer, entries: tuple[NameEntry, ...]):
        self.entries = entries
        self.all_stems = all(e.form == "stem" for e in entries)
        self.codes = frozenset(e.code for e in entries)
        self.not_stems = tuple(e for e in entries if e.form != "stem")
        self.not_stem_codes = frozenset(e.code for e in self.not_stems)
        self.short_codes = frozenset(e.code for e in entries if e.form == "short")
        self.zone_codes = frozenset(e.code for e in entries if e.form == "zone")
        # the contexts of bare town names and aliases (the county 同里 needs, the city 高新区 needs)
        self.contexts_named = frozenset(e.context for e in entries if e.form in ("stem", "alias"))
        self.official_codes = frozenset(e.code for e in entries if e.form == "official")
        # the towns named in full, with every place around them
        self.around_official_towns = frozenset().union(
            *(gazetteer.ancestors(c) for c in self.official_codes if gazetteer[c].level == "town"))
        only = entries[0] if len(entries) == 1 else None
        self.unique_stem = (only.context, only.code) if only and only.form == "stem" and only.context else None
        self.aliases_in_context = all(e.form == "alias" and e.context for e in entries)
        self.alias_owners = frozenset(e.context for e in entries)
        # towns named in full alike, and the streets that were towns so named (黄桥镇: 相城's 黄桥街道, where 相城 is
        # named)
        officials = [e for e in entries if e.form == "official" and not e.context]
        self.official_namesakes = len(officials) >= 2 and all(e.form == "alias" and e.context
                                                              for e in entries if e not in officials)
        composite_prefix: dict[str, str | None] = {}
        first_prefix: dict[str, str | None] = {}
        for e in entries:  # the first entry of each code, as `next(...)` over the entries finds it
            first_prefix.setdefault(e.code, e.prefix_code)
            if e.form == "composite":
                composite_prefix.setdefault(e.code, e.prefix_code)
        self.composite_prefix = composite_prefix
        self.first_prefix = first_prefix
        self.wide_codes = frozenset(c for c in self.codes if gazetteer[c].level in ("city", "county"))
        self.per_entry = tuple(EntryFacts(e, city_of(gazetteer, e.context) if e.form in _IN_A_COUNTY else None,
                                          province_of(gazetteer, e.code),
                                          e.form == "short" and gazetteer[e.code].level == "county") for e in entries)
        self.provinces = frozenset(f.province for f in self.per_entry)  # (is any of them in the home province?)
        # towns alone, each named in full or by its bare name (锦溪, 锦溪镇): no county's or city's form among them
        self.towns_only = all(e.form in ("stem", "official") and gazetteer[e.code].level == "town" for e in entries)
        towns_by_province: dict[str | None, list[str]] = {}  # (of such a form: its towns in each province)
        for f in self.per_entry if self.towns_only else ():
            towns_by_province.setdefault(f.province, []).append(f.entry.code)
        self.towns_by_province = towns_by_province
        # Where each entry stands among them: the others one by one, the bare town stems by their town,
        # county and city (a stem like 城厢 stands for dozens of towns; few of them are near the text).
        self.not_stem_at = tuple(i for i, e in enumerate(entries) if e.form != "stem")
        # of those, the ones `resolve._usable` takes whatever the text (no context needed, no county's short form:
        # most official names), their codes once each in order, and the ones it must ask
        self.not_stem_taken = tuple(i for i in self.not_stem_at
                                    if not entries[i].context and not self.per_entry[i].county_short)
        self.not_stem_asked = tuple(i for i in self.not_stem_at if i not in self.not_stem_taken)
        self.entry_codes = tuple(e.code for e in entries)
        self.taken_codes = tuple(dict.fromkeys(self.entry_codes[i] for i in self.not_stem_taken))
        self.stems_by_code = _positions((e.code, i) for i, e in enumerate(entries) if e.form == "stem")
        self.stems_by_context = _positions((e.context, i) for i, e in enumerate(entries) if e.form == "stem")
        self.stems_by_city = _positions((f.city, i) for i, f in enumerate(self.per_entry) if f.entry.form == "stem")
        # A county's short form needs context or not depending on where it is written (resolve.py); every
        # other entry needs it or not whatever the match: an alias by its `context`, a stem always.
        loose = {e.code for e in self.not_stems if e.form == "short" and gazetteer[e.code].level == "county"}
        # the one place of a name none of whose entries needs context: the resolver need not weigh it
        self.sure = only.code if only and only.form != "stem" and not only.context and not loose else None
        # the anchor of a name whatever the match (None: none), unless a county's short form makes it vary
        self.anchor_varies = bool(loose) and len(self.not_stem_codes) == 1
        fixed = {e.code for e in self.not_stems if not e.context}
        self.anchor = fixed.pop() if len(self.not_stem_codes) == 1 and not loose and len(fixed) == 1 else None
        self.stem_watch = _stem_watch(self.per_entry) if self.all_stems else None
        stems = [e for e in entries if e.form == "stem"]  # of a name that is more than bare town names
        self.stems_watch = None if not stems or any(e.context is None for e in stems) else (
            frozenset(e.code for e in stems) | {e.context for e in stems}, frozenset(e.context for e in stems))
        # every place by which a county written short pairs with this form (resolve._paired_counties)
        self.pairing = self.contexts_named | self.zone_codes | self.around_official_towns


def _stem_watch(per_entry: tuple[EntryFacts, ...]) -> tuple[frozenset[str] | None, ...] | None:
    """For bare town stems, every place whose being in context could make one of them usable (resolve.py's
    `_usable`, `_usable_stems`) when no name stands right before them: in the article's context for a name
    written once, twice and three times or more (the town itself, its county; for a stem of one town
    alone, its city when written again; written three times, none to wait for: its province or the home region
    makes it usable), then in the page's (the counties). None when a stem needs no county at all."""
    if any(f.entry.context is None for f in per_entry):
        return None
    counties = {f.entry.context for f in per_entry}
    once = frozenset(counties | {f.entry.code for f in per_entry})
    if len(per_entry) > 1:
        return once, once, once, frozenset(counties)
    return once, once | {per_entry[0].city} - {None}, None, frozenset(counties)


def _positions(pairs: Iterable[tuple[str | None, int]]) -> dict[str | None, tuple[int, ...]]:
    found: dict[str | None, list[int]] = {}
    for key, at in pairs:
        found.setdefault(key, []).append(at)
    return {key: tuple(at) for key, at in found.items()}


def facts(gazetteer: Gazetteer, entries: tuple[NameEntry, ...]) -> FormFacts:
    """The facts of `entries`, kept by the tuple's identity (the memo holds the tuple, so no other
    tuple can come to share its id while it is kept)."""
    memo = gazetteer.form_memo
    found = memo.get(id(entries))
    if found is None or found.entries is not entries:
        if len(memo) >= _MEMO_LIMIT:
            memo.clear()
        found = memo[id(entries)] = FormFacts(gazetteer, entries)
    return found


class Named(Protocol):
    """A written name (matching.NameMatch, which imports this module) as `facts_of` reads it."""

    entries: tuple[NameEntry, ...]
    form_facts: "FormFacts | None"


def facts_of(gazetteer: Gazetteer, match: Named) -> FormFacts:
    """The facts of a name's entries, kept with the name once asked (a name's entries never change:
    a name with other entries is another `NameMatch`)."""
    found = match.form_facts
    if found is None or found.entries is not match.entries:  # a copy with other entries has other facts
        entries = match.entries
        found = gazetteer.form_memo.get(id(entries))  # `facts`, without a second call for the common case
        if found is None or found.entries is not entries:
            found = facts(gazetteer, entries)
        match.form_facts = found
    return found


def is_nickname(word: str) -> bool:
    """小梅, 老马, 阿陈: how people call one another (小 or 老 or 阿 and a surname), as often as a town's bare name."""
    return len(word) == 2 and word[0] in "小老阿" and word[1] in SURNAMES


def city_of(gazetteer: Gazetteer, county: str | None) -> str | None:
    """The city a county is filed under, if it is filed under a city."""
    city = gazetteer.filed_parent(county) if county in gazetteer.places else None
    return city if city is not None and gazetteer[city].level == "city" else None


def province_of(gazetteer: Gazetteer, code: str) -> str | None:
    return gazetteer.province(code)  # (a table on the gazetteer, made as asked)


def written_in_full(gazetteer: Gazetteer, code: str, text: str, end: int) -> bool:
    """Whether a town's bare name ending at `end` goes on into its official name (高新区浒墅关|镇), one no other place
    bears: the full name says which town, whatever the words before it need to be read."""
    name = gazetteer[code].name
    stem = town_stem(name)
    return stem is not None and text.startswith(name[len(stem):], end) \
        and sum(e.form == "official" for e in gazetteer.candidates(name)) == 1
