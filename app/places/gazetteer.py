"""The gazetteer: every taggable place of China down to town level, and every way it is written.

`data/china_divisions.csv` merges two code systems that must never be mixed: the Ministry of
Civil Affairs codes (6 digits for province/city/county, 9 for towns) and, for units only the
statistics bureau lists, its own codes behind an `N` prefix. A place is always identified by
the `code` column; the `nbs_code` column is never used as an identity.

Which rows are taggable, by `status`:
- `current`: all of them — the official list.
- `revoked`: all of them, at a lower priority — old articles still name 松陵镇 or 金港镇.
- `zone`: county-level zones (苏州工业园区, 南通经济技术开发区 …) because readers file news
  under them; town-level zones only when their name says where they are (苏州高铁新城,
  张家港保税区) — the others are called 开发区, 林场, 监狱 and would match everywhere.
- `nbs_only`: kept only when they are not an official town written again (the statistics
  list repeats most official towns, sometimes as 博爱县柏山镇 or 大安镇镇, or with the peoples it is set up
  for, 农丰满族锡伯族镇 for 农丰镇: that name is the official town's); the rest are towns
  the official list has dropped or lacks (镇湖街道) and are kept at revoked priority.
`zone_code` tells where people file an official town (胜浦街道 is under 吴中区 by law but
"in 苏州工业园区" in every article): `filed_parent` follows it, `ancestors` include both.

Every place is reachable by its official name (in context only when the name is also a
word: 老城区, 郊区), by its short form (names.py) when it is a
province, city or county, and — for towns — by composite forms "county + town without its
suffix" (吴中木渎, 太仓浮桥): a bare 木渎 is never matched, because short town names are too
ambiguous on their own. `data/aliases.csv` adds the everyday names neither list carries
(aliases.py).
A town is also written bare, without its suffix (同里, 陆家), which names it only where its
county is named around it or right after its city (苏州渭塘) — unless it is an everyday word
(`data/common_words.txt`: 安全, 市场, 招商), which names its town only in full or right after its county
(南山招商: after its city it is more often the word, 深圳招商引资); a county is also written with the suffix it had
before it became a district (吴江市, 姜堰市), and a town by the name it had before (漳江镇, 如皋镇: former_towns.py).
All of these go into one table of forms and one automaton over them,
built once per process (`load_gazetteer`), with `data/landmarks.csv`'s as forms of no place, as ignored words are.
"""

import csv
import gc
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import ahocorasick_rs

from .aliases import Aliases, read_aliases
from .former_towns import former_town_names
from .names import fold, is_generic, short_form, town_stem, without_peoples

DATA_DIR = Path(__file__).parent / "data"
LEVELS = ("province", "city", "county", "town")
LEVEL_RANK = {level: rank for rank, level in enumerate(LEVELS, start=1)}
_SURROGATES = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Place:
    code: str
    name: str
    level: str  # province | city | county | town
    parent_code: str | None
    status: str  # current | revoked | zone | nbs_only
    zone_code: str | None = None  # the functional zone everyday usage files this town under

    @property
    def is_city(self) -> bool:
        """A city, or a municipality (北京市, 上海市): a province that is its counties' city too."""
        return self.level == "city" or self.level == "province" and self.name.endswith("市")


class NameEntry(NamedTuple):
    """One place a written form can stand for, and how the form names it."""

    code: str
    form: str  # official | short | composite | alias | stem
    context: str | None = None  # a code that must be in the article's or page's context
    prefix_code: str | None = None  # composites: the county named by the first part


class _Table(dict):
    """A table filled as it is asked: `make(key)` the first time, then a dict's own lookup (no Python call)."""

    def __init__(self, make):
        super().__init__()
        self._make = make

    def __missing__(self, key):
        value = self[key] = self._make(key)
        return value


class Gazetteer(dict[str, Place]):
    """Every place by its code (`gazetteer[code]`, a dict's own lookup: the rules ask it half a million times
    over a few hundred pages), and every way each place is written."""

    __hash__ = object.__hash__  # one gazetteer is one table: equal only to itself (it keys caches)

    def __eq__(self, other: object) -> bool:
        return self is other

    def __ne__(self, other: object) -> bool:
        return self is not other

    def __init__(self, places: dict[str, Place], names: dict[str, list[NameEntry]], landmarks: dict | None = None,
                 aliases: Aliases | None = None):
        super().__init__(places)
        self.places = self
        self.children: dict[str, list[str]] = defaultdict(list)
        for place in places.values():
            if place.parent_code:
                self.children[place.parent_code].append(place.code)
        # Tuples, made once: every match hands its entries out as they are.
        self._names = {surface: tuple(entries) for surface, entries in names.items()}
        # What the rules ask of a place again and again, worked out the first time, then looked up without a Python
        # call: `ancestors(code)`, `filed_chain(code)`, `filed_parent(code)`, `province(code)` (the methods below).
        self.ancestors = _Table(self._ancestors_of).__getitem__
        self.filed_chain = _Table(self._chain_of).__getitem__
        self.filed_parent = _Table(self._filed_parent_of).__getitem__
        self.province = _Table(self._province_of).__getitem__
        self.form_memo: dict[int, object] = {}  # what resolving asks of each form's entries (forms.py)
        self.former_cities = aliases.former_cities if aliases else {}  # a city's name of old (通州: 南通市)
        # Every form in one Aho-Corasick automaton (in Rust): a text is scanned once for all of them,
        # overlaps included, and Python only sees the matches.
        self.forms = [surface for surface in self._names if surface]  # the automaton's forms, by number
        self.form_entries = [self._names[surface] for surface in self.forms]
        self.landmarks = {at: landmarks[f] for at, f in enumerate(self.forms) if f in landmarks} if landmarks else {}
        old = aliases.old_cities if aliases else {}  # a city's forms, by number: the district of its old city
        self.old_cities = {at: old[f] for at, f in enumerate(self.forms) if f in old}
        self.form_facts: list = [None] * len(self.forms)  # each form's `form_memo` facts, by number, once asked
        self._scanned: dict[str, list[tuple[int, int, int]]] = {}  # scan_ahead's
        self._scanner = ahocorasick_rs.AhoCorasick(self.forms, matchkind=ahocorasick_rs.MatchKind.Standard,
                                                   implementation=ahocorasick_rs.Implementation.ContiguousNFA)

    def __repr__(self) -> str:
        return f"<Gazetteer of {len(self)} places>"

    def candidates(self, text: str) -> tuple[NameEntry, ...]:
        """The places a written form may stand for (empty for unknown or ignored words)."""
        return self._names.get(fold(text), ())

    def iter_names(self, folded_text: str) -> list[tuple[int, int, tuple[NameEntry, ...]]]:
        """Every known form in an already folded text: (start, end, entries), overlaps included."""
        entries = self.form_entries
        return [(start, end, entries[form]) for form, start, end in self.scan(folded_text)]

    def scan(self, folded_text: str) -> list[tuple[int, int, int]]:
        """Every known form in an already folded text: (form, start, end), overlaps included; the form's
        entries are `form_entries[form]` (looked up only for the names kept: a lookup in a table this
        large is a miss of the processor's cache)."""
        found = self._scanned.get(folded_text)
        if found is not None:
            return found
        try:
            return self._scanner.find_matches_as_indexes(folded_text, overlapping=True)
        except UnicodeEncodeError:  # a lone surrogate: no form holds one, so it stands for any other character
            return self._scanner.find_matches_as_indexes(_SURROGATES.sub("\ufffd", folded_text), overlapping=True)

    def scan_ahead(self, folded_texts: Iterable[str]) -> None:
        """Scan these texts now, one right after another, for `scan` to hand out (in place of those scanned
        ahead before): the automaton is as large as the processor's caches, and scans in a row find it
        there, where the work between a page's scans would have pushed it out."""
        self._scanned = {}
        self._scanned = {text: self.scan(text) for text in folded_texts if text}

    def _filed_parent_of(self, code: str) -> str | None:
        """`filed_parent(code)`: the place people file a place under (its zone's, else its parent's)."""
        place = self[code]
        return place.zone_code or place.parent_code

    def _province_of(self, code: str) -> str | None:
        """`province(code)`: the province a place is filed under, if any."""
        return next((p.code for p in self.filed_chain(code) if p.level == "province"), None)

    def _chain_of(self, code: str) -> tuple[Place, ...]:
        """`filed_chain(code)`: the place and its parents as people file it (胜浦街道 → 苏州工业园区 → 苏州市 …)."""
        found: list[Place] = []
        current: str | None = code
        while current and current in self:
            found.append(self[current])
            current = self.filed_parent(current)
        return tuple(found)

    def _ancestors_of(self, code: str) -> frozenset[str]:
        """`ancestors(code)`: the place itself and every place containing it, by law or by everyday filing."""
        place = self[code]
        found = {code}
        for parent in (place.parent_code, place.zone_code):
            if parent and parent in self:
                found |= self.ancestors(parent)
        return frozenset(found)

    def find(self, name: str, level: str | None = None) -> Place | None:
        """The place an unambiguous name stands for (e.g. the home region "江苏省")."""
        codes = {e.code for e in self.candidates(name) if e.form in ("official", "short", "alias")}
        places = [self[c] for c in codes if level is None or self[c].level == level]
        return min(places, key=lambda p: LEVEL_RANK[p.level], default=None)


@lru_cache(maxsize=4)
def load_gazetteer(data_dir: Path = DATA_DIR) -> Gazetteer:
    """The gazetteer of `data_dir`, built once per process."""
    # Some 200,000 small objects that all live as long as the process: collecting them
    # while they are built only costs time.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        gazetteer = _build(data_dir)
    finally:
        if gc_was_enabled:
            gc.enable()
    # Nor walked by every full collection afterwards (about a twentieth of an ingest worker's CPU).
    gc.freeze()
    return gazetteer


def _build(data_dir: Path) -> Gazetteer:
    rows = _read_csv(data_dir / "china_divisions.csv")
    places = _taggable_places(rows)
    names: dict[str, list[NameEntry]] = {}

    def add(surface: str, entry: NameEntry) -> None:
        entries = names.setdefault(surface, [])
        if entry not in entries:
            entries.append(entry)

    # How a county is written before a suffix-less town (吴中木渎, 沛县X), and the context
    # that form needs.
    county_heads: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    former_names: dict[str, list[str]] = defaultdict(list)  # 吴江市, 姜堰市: a district's name as a county or city
    for place in places.values():
        if place.level == "town":
            continue
        # 老城区, 城区, 郊区 are also words: they name a place only where their city is named.
        context = place.parent_code if is_generic(place.name) else None
        add(place.name, NameEntry(place.code, "official", context))
        short = short_form(place.name, place.level) if place.status != "zone" else None
        if short:  # 沙县区, 梅县区: the county's own name before it became a district (沙县), not a mere short form
            add(short, NameEntry(place.code, "official" if short.endswith("县") else "short"))
            if place.level == "county":
                for former in (short + "市", short + "县"):
                    former_names[former].append(place.code)
        county_heads[place.code].append((short, None) if short else (place.name, context))

    # A county whose name opens on 市 (市中区, 市南区) is written after its city with the 市 shared: 乐山市中区.
    for place in places.values():
        city = places.get(place.parent_code) if place.level == "county" and place.name.startswith("市") else None
        if city is not None and city.name.endswith("市"):
            add(city.name + place.name[1:], NameEntry(place.code, "official"))
    for former, codes in former_names.items():
        if former not in names:
            for code in codes:
                add(former, NameEntry(code, "official"))

    aliases = read_aliases(_read_csv(data_dir / "aliases.csv"), places)
    prefixes, words = aliases.prefixes, aliases.words  # (the words applied last, to every form the loops below add)
    for alias, code, form, context in aliases.names:
        add(alias, NameEntry(code, form, context))

    names_of_larger_places = {surface: list(entries) for surface, entries in names.items()}
    common = common_words(data_dir)

    def may_stand_bare(stem: str) -> bool:  # 新区, 城关: words; 海安 (海安镇): the larger place's own name
        return bool(stem) and not is_generic(stem) and not any(
            e.form == "official" for e in names_of_larger_places.get(stem, ()))

    for town in (p for p in places.values() if p.level == "town"):
        stem = town_stem(town.name)
        if len(town.name) > 2:  # 新镇, 口镇: only next to their county
            add(town.name, NameEntry(town.code, "official"))
        if plain := without_peoples(town.name):  # 河口苗族乡 written 河口乡: one of the 河口乡 of China
            add(plain, NameEntry(town.code, "official"))
        tails = [stem] if stem else []
        if len(town.name) <= 2:
            tails.append(town.name)
        for county in {town.parent_code, town.zone_code} - {None}:
            heads = county_heads.get(county, []) + prefixes.get(county, [])
            for head, context in heads:
                for tail in tails:
                    add(head + tail, NameEntry(town.code, "composite", context, county))
            # A bare stem (同里, 陆家) names the town only where its county is named around it, or
            # right after its city (苏州渭塘: resolve.py).
            if may_stand_bare(stem):
                add(stem, NameEntry(town.code, "stem", county))
    for stem, code in aliases.former_stems:  # as a current town's stem: where its county is named, or after its city
        if may_stand_bare(stem):
            add(stem, NameEntry(code, "stem", places[code].parent_code))
    for written, code, context in former_town_names(places, names, names_of_larger_places):  # 漳江镇, 梅山乡, 如皋镇
        add(written, NameEntry(code, "alias", context))
    for written, code in _with_peoples_named(rows, places).items():  # 农丰满族锡伯族镇: 农丰镇
        add(written, NameEntry(code, "official"))
    # A common word (安全, 市场, 招商) names the one town whose bare name it is only in full or right after its
    # county, as above: never bare, whatever is named around it.
    words += [(word, "ignore") for word in common if names.get(word) and all(e.form == "stem" for e in names[word])]
    # landmarks (landmarks.py): forms of no place, as the ignored words are, hiding the names inside them
    landmarks = {fold(row["landmark"]): row["code"] for row in _read_csv(data_dir / "landmarks.csv")}
    names.update({name: [] for name in landmarks if not names.get(name)})  # (a place's own name stays the place's)
    for word, use in words:
        if use == "ignore":
            names[word] = []  # still matched, so it hides the shorter names inside it
        else:  # 中心镇, 小城镇: a place only where its county is named
            names[word] = [e._replace(context=places[e.code].parent_code) for e in names.get(word, [])]
    # 畲族 written 畬族, as texts in traditional characters write it (康厝畬族鄉): the fold keeps 畬 as it is
    for surface in [surface for surface in names if "畲" in surface]:
        names.setdefault(surface.replace("畲", "畬"), list(names[surface]))
    return Gazetteer(places, names, {n: c for n, c in landmarks.items() if not names[n]}, aliases)


def common_words(data_dir: Path = DATA_DIR) -> frozenset[str]:
    """`data/common_words.txt`: everyday words that are one town's bare name (安全, 市场, 招商)."""
    lines = (data_dir / "common_words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(fold(line) for line in lines if line and not line.startswith("#"))


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _taggable_places(rows: list[dict[str, str]]) -> dict[str, Place]:
    # One conversion for all names: folding them one by one costs more than the rest together.
    for row, folded in zip(rows, fold("\n".join(row["name"] for row in rows)).split("\n")):
        row["name"] = folded
    official_names: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        if row["source"] == "mca":
            official_names[row["parent_code"]].add(row["name"])
    by_code = {row["code"]: row for row in rows}

    places: dict[str, Place] = {}
    for row in rows:
        name, parent = row["name"], row["parent_code"] or None
        if parent and parent not in by_code:
            continue  # cannot be placed in the tree
        if row["status"] == "zone":
            if row["level"] == "town" and not _names_its_area(name, parent, by_code):
                continue
            if name in official_names[parent or ""]:
                continue
        if row["status"] == "nbs_only":
            name = _without_parent_names(name, parent, by_code)
            if name in official_names[parent or ""] or _peoples_named(name, official_names[parent or ""]):
                continue
        places[row["code"]] = Place(
            row["code"], name, row["level"], parent, row["status"], row["zone_code"] or None
        )
    return places


def _with_peoples_named(rows: list[dict[str, str]], places: dict[str, Place]) -> dict[str, str]:
    """The statistics list's names of official towns written with the peoples they are set up for (农丰满族锡伯族镇,
    捷地回族乡, 东固畲族少数民族乡), each with the official town's code (农丰镇, 捷地镇, 东固畲族乡).
    `rows` are `_taggable_places`'s, their names folded."""
    official: dict[str, dict[str, str]] = defaultdict(dict)
    for place in places.values():
        if place.level == "town" and place.status == "current":
            official[place.parent_code or ""][place.name] = place.code
    written = {}
    for row in rows:
        if row["status"] == "nbs_only" and row["level"] == "town" and row["code"] not in places:
            town = _peoples_named(row["name"], official[row["parent_code"]].keys())
            if town:
                written[row["name"]] = official[row["parent_code"]][town]
    return written


def _parent_names(parent: str | None, by_code: dict[str, dict[str, str]]) -> list[str]:
    names = []
    while parent and parent in by_code:
        row = by_code[parent]
        names += [row["name"], short_form(row["name"], row["level"]) or row["name"]]
        parent = row["parent_code"] or None
    return names


def _peoples_named(name: str, official: Iterable[str]) -> str | None:
    """The one of `official` that `name` writes with the peoples the town is set up for before its suffix
    (农丰满族锡伯族镇: 农丰镇), if any."""
    if "族" not in name:
        return None
    official = set(official)
    return next((name[:cut] + suffix for cut in range(2, len(name) - 2) for suffix in ("镇", "乡")
                 if name[cut:-1].endswith("族") and name[:cut] + suffix in official), None)


def _names_its_area(name: str, parent: str | None, by_code: dict[str, dict[str, str]]) -> bool:
    """苏州高铁新城 or 张家港保税区 say where they are; 开发区 or 林场 do not."""
    return any(area in name for area in _parent_names(parent, by_code)[:4])


def _without_parent_names(name: str, parent: str | None, by_code: dict[str, dict[str, str]]) -> str:
    """博爱县柏山镇 → 柏山镇, 四平市铁东区叶赫满族镇 → 叶赫满族镇, 大安镇镇 → 大安镇."""
    for area in sorted(_parent_names(parent, by_code), key=len, reverse=True):
        if name.startswith(area) and len(name) > len(area) + 1:
            name = name[len(area):]
    for suffix in ("镇", "乡", "街道"):
        if name.endswith(suffix * 2):
            name = name[: -len(suffix)]
    return name
