"""The tagger's shortcuts answer as the rules they stand for: a name turned down before it is weighed, a
small automaton's pass instead of a pattern's search, the name before one read from the list."""

import bisect
import random
import re

import pytest

from app.places import asides, examples, matching, venues
from app.places.far_towns import without_lone_far_towns
from app.places.forms import facts, province_of
from app.places.gazetteer import LEVEL_RANK, load_gazetteer
from app.places.matching import NameMatch, find_names
from app.places.per_name import names_before as _names_before
from app.places.resolve import Context, _choose, _usable_stems


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _stem_forms(gazetteer, rng: random.Random, n: int, mixed: bool) -> list[tuple[str, tuple]]:
    """`n` forms holding bare town names: only those (mixed False), or those and other places' names."""
    found = [(text, entries) for text, entries in zip(gazetteer.forms, gazetteer.form_entries)
             if any(e.form == "stem" for e in entries)
             and (mixed != all(e.form == "stem" for e in entries))]
    return rng.sample(found, n)


def _near(gazetteer, rng: random.Random, entries: tuple, far: list[str]) -> tuple[list[str], list[str]]:
    """Codes for an article's and a page's context: some near the entries' places, some far from them."""
    form = facts(gazetteer, entries)
    near = sorted({e.context for e in entries if e.context} | {e.code for e in entries}
                  | {f.city for f in form.per_entry if f.city} | {f.province for f in form.per_entry if f.province})
    pool = near + far
    return rng.sample(pool, min(len(pool), rng.randint(0, 3))), rng.sample(pool, min(len(pool), rng.randint(0, 2)))


def test_bare_town_names_turned_down_unweighed_are_those_the_rules_turn_down(gazetteer):
    """The places a bare town name watches (its towns, their counties; its city and province when written
    again): when none is in context and no name stands right before it, `_choose` finds nothing either."""
    rng = random.Random(20261129)
    far = rng.sample(sorted(gazetteer.places), 40)
    skipped = 0
    for text, entries in _stem_forms(gazetteer, rng, 600, mixed=False):
        form = facts(gazetteer, entries)
        for _ in range(5):
            codes, page_codes = _near(gazetteer, rng, entries, far)
            article, page = Context(gazetteer, codes), Context(gazetteer, page_codes)
            repeats = rng.randint(1, 4)
            match = NameMatch("body", 0, len(text), text, entries, called_town=rng.random() < 0.3)
            watch = form.stem_watch  # (a name written three times watches nothing: it may be the home region's)
            near = watch[min(repeats, 3) - 1] if watch else None
            if near is not None and article.keys().isdisjoint(near) and page.keys().isdisjoint(watch[3]):
                skipped += 1
                assert _choose(gazetteer, match, form, article, page, None, None, repeats) is None, text
    assert skipped > 500


def test_the_bare_town_names_of_a_name_of_several_places_skipped_are_those_no_rule_takes(gazetteer):
    """A name that is both bare town names and other places' names (海门, a county and a town's stem)
    skips its town names when none of their places is near: `_usable_stems` would take none."""
    rng = random.Random(11292026)
    far = rng.sample(sorted(gazetteer.places), 40)
    skipped = 0
    for text, entries in _stem_forms(gazetteer, rng, 200, mixed=True):
        form = facts(gazetteer, entries)
        watch = form.stems_watch
        for _ in range(5):
            codes, page_codes = _near(gazetteer, rng, entries, far)
            article, page = Context(gazetteer, codes), Context(gazetteer, page_codes)
            match = NameMatch("body", 0, len(text), text, entries, called_town=rng.random() < 0.3)
            if watch and article.keys().isdisjoint(watch[0]) and page.keys().isdisjoint(watch[1]):
                skipped += 1
                assert _usable_stems(form, match, article, page, frozenset()) == set(), text
    assert skipped > 100


def _old_closeness(gazetteer, context: Context, code: str) -> tuple[int, int]:
    def rank(c: str) -> int:
        place = gazetteer[c]
        return LEVEL_RANK["city" if place.level == "province" and place.name.endswith("市") else place.level]
    named = [a for a in gazetteer.ancestors(code) if a in context]
    if not named:
        return 0, 0
    nearest = max(named, key=rank)
    return rank(nearest), context[nearest]


def test_closeness_is_the_nearest_place_in_context_and_how_often_it_is_named(gazetteer):
    """A town filed under a zone and a district has two counties around it: the first of them counts, as
    `max` over the places around it finds it."""
    rng = random.Random(7)
    towns = [c for c, p in gazetteer.places.items() if p.level == "town"]
    zoned = [c for c in towns if gazetteer[c].zone_code]
    assert zoned
    for code in rng.sample(towns, 300) + zoned[:200]:
        around = sorted(gazetteer.ancestors(code))
        context = Context(gazetteer, [rng.choice(around) for _ in range(rng.randint(0, 4))])
        assert context.closeness(code) == _old_closeness(gazetteer, context, code)


def _old_without_lone_far_towns(gazetteer, settled: dict) -> dict:
    from collections import Counter
    names_of_code = Counter(settled.values())
    province = {code: province_of(gazetteer, code) for code in names_of_code}
    names_in_province = Counter()
    for code, n in names_of_code.items():
        names_in_province[province[code]] += n
    lone = {code for code, n in names_of_code.items() if gazetteer[code].level == "town"
            and names_in_province[province[code]] == n}
    others = {province[code] for code in names_of_code if code not in lone}
    if len(others) != 1 or len(settled) - sum(names_of_code[code] for code in lone) < 2:
        return settled
    return {m: code for m, code in settled.items() if code not in lone or province[code] in others}


def test_lone_far_towns_are_dropped_as_before(gazetteer):
    rng = random.Random(3)
    codes = sorted(gazetteer.places)
    jiangsu = [c for c in codes if province_of(gazetteer, c) == province_of(gazetteer, "320500")]
    dropped = 0
    for _ in range(2000):
        settled = {i: rng.choice(jiangsu if rng.random() < 0.8 else codes) for i in range(rng.randint(0, 6))}
        expected = _old_without_lone_far_towns(gazetteer, settled)
        assert without_lone_far_towns(gazetteer, settled) == expected
        dropped += expected != settled
    assert dropped > 50


def _random_text(rng: random.Random, pieces: list[str], n: int) -> str:
    return "".join(rng.choice(pieces) for _ in range(n))


_PIECES = ["苏州", "吴江区", "同里", "黎里镇", "昆山市", "代表团", "一行", "率", "率先", "带领", "组织", "来到", "来",
           "到", "赴", "考察", "调研", "学习", "。", "!", "\n", ",", "的", "东", "南", "西北", "与", "接", "相邻",
           "毗邻", "紧邻", "靠", "书记", "董事长", "主任", "长", "社区", "《", "港区", "大港", "驻", "县治", "附近有",
           "以", "为", "对象", "向", "看齐", "追赶", "标杆", "→", "->", "\u2028", "张三", "村"]


def _old_visits(folded: str, kept: list[NameMatch]) -> list[NameMatch]:
    from dataclasses import replace
    if not kept or not matching._VISIT.search(folded):
        return kept
    marks = {}
    for sentence in re.finditer(r"[^。!?！？\n]+", folded):
        visit = matching._VISIT.search(folded, sentence.start(), sentence.end())
        if not visit or not matching._VISIT_PURPOSE.search(folded, visit.end(), sentence.end()):
            continue
        hosts = [i for i, m in enumerate(kept) if m.start == visit.end()]
        for i, m in enumerate(kept):
            if hosts and sentence.start() <= m.start < visit.start():
                marks[i] = "visitors"
        for i in hosts:
            marks[i] = "host"
    return [replace(m, visitors=True) if marks.get(i) == "visitors" else replace(m, host=True) if i in marks else m
            for i, m in enumerate(kept)]


def test_one_pass_finds_what_the_patterns_found(gazetteer):
    """Over random texts of place names, visits, posts, neighbours, asides and sentence ends: the visits
    marked, whether a text has neighbour words or arrows, where its sentences end, the posts before names,
    the kinds of aside it may hold and whether it may hold a benchmark are what the patterns said."""
    rng = random.Random(42)
    neighbours = re.compile(matching._NEIGHBOURS)
    posts = re.compile("|".join(asides._POSTS))
    cues = {kind: re.compile("|".join(map(re.escape, words))) for kind, words in asides._CUE_WORDS.items()}
    visits = benchmarks = 0
    for _ in range(3000):
        text = _random_text(rng, _PIECES, rng.randint(1, 40))
        kept = [m for m in find_names(gazetteer, text, "body")]
        plain = [NameMatch(m.field, m.start, m.end, m.text, m.entries, folded=m.folded) for m in kept]
        assert matching._mark_visits(text, plain) == _old_visits(text, plain)
        opens = matching._visit_words_at(text, matching._CLAUSE_WORDS.found_in(text))
        assert matching._mark_visits(text, plain, opens) == _old_visits(text, plain)
        assert [v.span() for v in matching._visits_at(text, opens)] == \
            [v.span() for v in matching._VISIT.finditer(text)]
        visits += any(m.host for m in matching._mark_visits(text, plain))
        words = matching._CLAUSE_WORDS.found_in(text)
        assert (not matching._NEIGHBOUR_WORDS_SET.isdisjoint(words)) == bool(neighbours.search(text))
        if matching._VISIT.search(text):
            assert not matching._VISIT_WORDS_SET.isdisjoint(words)
        assert bool(matching._ARROW_WORDS.occurrences(text)) == bool(matching._ARROWS.search(text))
        # two names stand in one sentence when as many sentence ends stand before each
        ends = [m.start() for m in matching.SENTENCE_END.finditer(text)]
        for before, m in zip(kept, kept[1:]):
            assert matching.same_sentence(before,
                                          m) == (bisect.bisect(ends, before.start) == bisect.bisect(ends, m.start))
        assert {at for at in range(len(text) + 1) if asides._post_ends_at(text, at)} == \
            {m.end() for m in posts.finditer(text)}
        assert asides._cue_kinds(text) == {kind for kind, cue in cues.items() if cue.search(text)}
        assert examples._benchmark_spans(text) == [m.span(g) for m in examples._BENCHMARK.finditer(text)
                                                   for g in (1, 2, 3) if m.group(g)]
        benchmarks += bool(examples._benchmark_spans(text))
    assert visits > 30 and benchmarks > 30


def test_the_name_right_before_one_is_the_one_before_it_in_the_list(gazetteer):
    """The name ending where one starts (or, for one after 的, where the 的 starts) is found as a lookup
    by field and end found it."""
    rng = random.Random(5)
    for _ in range(2000):
        matches = []
        for field in ("title", "body"):
            matches += find_names(gazetteer, _random_text(rng, _PIECES, rng.randint(1, 30)), field)
        ending_at = {(m.field, m.end): m for m in matches}
        expected = []
        for m in matches:
            before = ending_at.get((m.field, m.start))
            if m.after_of and before is None:
                before = ending_at.get((m.field, m.start - 1))
            expected.append(before)
        assert _names_before(matches) == expected


def test_the_words_after_a_name_start_with_a_character_of_their_patterns():
    """`find_names` tries the words that may follow a name only where the next character is written in their
    patterns: so the patterns must hold no range, escape, dot or negated class (which would match others), and
    no other character may start a match."""
    from app.places.matching import _AFTER_NAME, _AFTER_NAME_CHARS

    assert not {"\\", ".", "-"} & _AFTER_NAME_CHARS and "[^" not in _AFTER_NAME.pattern
    tails = ["", "路", "道", "党政代表团", "技术开发区", "的小镇", "村", "站"]
    for code in range(0x3000, 0xA000):
        first = chr(code)
        if first not in _AFTER_NAME_CHARS:
            assert not any(_AFTER_NAME.match(first + tail) for tail in tails), first


def test_words_found_as_words_are_the_words_of_their_occurrences():
    """`found_in` takes the words from the automaton itself, not from their places: the same words, lone
    surrogates and empty texts included."""
    rng = random.Random(9)
    for words in (asides._CUES, examples._BENCHMARK_WORDS, matching._ARROW_WORDS):
        pieces = [*words.words, "镇", "村", "。", "\n", "a", "\ud800", "学", "毗", "→", "-"]
        for _ in range(3000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
            assert words.found_in(text) == {words.words[i] for i, _, _ in words.occurrences(text)}, text


def _walked_ancestors(gazetteer, code: str) -> frozenset[str]:
    place, found = gazetteer.places[code], {code}
    for parent in (place.parent_code, place.zone_code):
        if parent and parent in gazetteer.places:
            found |= _walked_ancestors(gazetteer, parent)
    return frozenset(found)


def test_the_gazetteers_tables_answer_as_a_walk_up_the_tree(gazetteer):
    """`ancestors`, `filed_parent` and `filed_chain` are tables filled as they are asked: each answers as a walk
    up the tree does; an unknown code is still a KeyError (and has no chain)."""
    for code in random.Random(4).sample(sorted(gazetteer.places), 2000):
        place = gazetteer[code]
        assert gazetteer.ancestors(code) == _walked_ancestors(gazetteer, code)
        assert gazetteer.filed_parent(code) == (place.zone_code or place.parent_code)
        chain = gazetteer.filed_chain(code)
        assert chain[0] is place and all(gazetteer.filed_parent(a.code) == b.code for a, b in zip(chain, chain[1:]))
    for ask in (gazetteer.__getitem__, gazetteer.ancestors, gazetteer.filed_parent):
        with pytest.raises(KeyError):
            ask("999999999")
    assert gazetteer.filed_chain("999999999") == ()
    assert {gazetteer: 1}[load_gazetteer()] == 1 and gazetteer != dict(gazetteer)  # equal to itself only, a cache's key


def test_lines_and_dated_paragraphs_read_one_line_at_a_time_are_those_of_the_whole_text():
    """The lead's lines, split one at a time, are str.splitlines' (every kind of line break); the paragraphs a diary
    counts as opening on a date, read line by line, are as many, and on as many days, as a search from each line's
    start over blanks finds."""
    from app.places import front, roundups
    rng = random.Random(12)
    breaks = ["\n", "\r", "\r\n", "\v", "\f", "\x1c", "\x85", "\u2028", "\u2029"]
    dated_entry = re.compile(r"^\s*(\d{1,2}月\d{1,2}日)", re.MULTILINE)
    pieces = ["6月1日", "12月31日", "123月4日", "9月", "1", "月", "日", " ", "\u3000", "中", ",", "\n\n", *breaks]
    diaries = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        assert list(front._lines(text)) == text.splitlines(keepends=True)
        dated = len(dated_entry.findall(text))
        diaries += roundups.is_diary(text)
        assert roundups.is_diary(text) == (dated >= 3 and len(set(dated_entry.findall(text))) > 1 and
                                           dated * 2 > sum(1 for line in text.splitlines() if line.strip()))
    assert diaries > 10


def test_names_overlapping_a_longer_one_are_told_by_its_ends(gazetteer):
    """A name is dropped when a longer one (or one as long, further left) already holds any of its characters:
    asked of its first and last characters only, the names kept are those a look at every character keeps."""
    rng = random.Random(21)
    # (no piece opens with a word that drops the name before it, as 江 after 浮桥 or 路 after 吴江 would)
    pieces = ["苏州工业园区", "园区", "工业园", "苏州", "州工", "吴中木渎", "中木", "木渎镇", "渎镇", "昆山市", "山市",
              "昆山", "吴江区", "区", "同里镇", "里镇", "太仓", "仓浮桥", "浮桥镇", "的", "。", "和", "与"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        taken, spans = bytearray(len(text)), []
        for _, start, end, form in sorted((s - e, s, e, f) for f, s, e in gazetteer.scan(text)):
            if taken.find(1, start, end) >= 0:
                continue
            taken[start:end] = b"\x01" * (end - start)
            if gazetteer.form_entries[form]:
                spans.append((start, end))
        assert [(m.start, m.end) for m in find_names(gazetteer, text, "title")] == sorted(spans), text


def test_a_body_names_its_organisers_when_the_pattern_finds_them():
    """The whole body's look for 主办 or 承办, word by word, answers as the organisers' pattern's search."""
    rng = random.Random(11)
    pieces = ["由", "主", "办", "承", "主办", "承办", "协办", "湖畔镇", "人民政府", "。", "联合", "举"]
    for _ in range(3000):
        text = _random_text(rng, pieces, rng.randint(0, 12))
        assert any(word in text for word in venues._ORGANISED_WORDS) == bool(venues._ORGANISED.search(text))
