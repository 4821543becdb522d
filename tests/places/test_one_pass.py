"""The resolver's per-name lists made in one pass, the entries of a name taken without asking, the counties written
short paired in one look and the provinces read from a table: each answers as the passes and the rules it stands for.
Random texts of the gazetteer's forms, and short made-up texts whose tags the shortcuts must keep."""

import random
from collections import Counter

from app.places.context import Context
from app.places.forms import facts, facts_of
from app.places.gazetteer import load_gazetteer
from app.places.matching import NameMatch, find_names
from app.places.per_name import names_before, per_name
from app.places.resolve import _counties_of_unique_stems, _is_home, _paired_counties, _usable
from tests.places.test_real_text_rules import mentioned, tag, where

_GLUE = ["", "", "", "的", "、", "。", ",", "在", "和", "\n", "东接", "来到", "考察"]


def _texts(gazetteer, rng: random.Random, n: int) -> list[str]:
    """`n` short texts of the gazetteer's forms, some written again, with a few words between."""
    forms = rng.sample(gazetteer.forms, 400)
    return ["".join(rng.choice(forms) + rng.choice(_GLUE) for _ in range(rng.randint(1, 24))) for _ in range(n)]


def _matches(gazetteer, rng: random.Random):
    for text in _texts(gazetteer, rng, 1500):
        cut = rng.randint(0, len(text))
        yield find_names(gazetteer, text[:cut], "title") + find_names(gazetteer, text[cut:], "body")


def test_the_per_name_lists_are_those_of_a_pass_each():
    """Each name's facts, the facts of the name right before it, its quiet watch, how often it is written and the
    order to visit the names in, made in one pass, are those four passes made (as `resolve` made them)."""
    gazetteer = load_gazetteer()
    rng = random.Random(20261201)
    codes = sorted(gazetteer.places)
    for matches in _matches(gazetteer, rng):
        page = Context(gazetteer, rng.sample(codes, rng.randint(0, 5)))
        forms, after_forms, quiet, in_order, repeats = per_name(gazetteer, matches, page.keys())
        assert forms == [facts_of(gazetteer, m) for m in matches]
        assert after_forms == [None if b is None else f for b, f in zip(names_before(matches), [None, *forms])]
        assert repeats == Counter(m.text for m in matches)
        assert quiet == [None if (watch := f.stem_watch) is None or after is not None
                         or not page.keys().isdisjoint(watch[3]) else watch[min(repeats[m.text], 3) - 1]
                         for m, f, after in zip(matches, forms, after_forms)]
        assert in_order == [i for i, f in enumerate(forms) if not f.all_stems] \
            + [i for i, f in enumerate(forms) if f.all_stems]


def test_the_entries_taken_without_asking_are_those_usable_in_any_context():
    """A name's entries that are not bare town names and need no context, nor are a county's short form, are usable
    whatever the text (`resolve._usable`); the others are asked as before."""
    gazetteer = load_gazetteer()
    rng = random.Random(7)
    several = [entries for entries in gazetteer.form_entries if len(entries) > 1]
    codes = sorted(gazetteer.places)
    taken = asked = 0
    for entries in rng.sample(several, 3000):
        form = facts(gazetteer, entries)
        assert set(form.not_stem_taken) | set(form.not_stem_asked) == set(form.not_stem_at)
        assert not set(form.not_stem_taken) & set(form.not_stem_asked)
        assert form.taken_codes == tuple(dict.fromkeys(entries[i].code for i in form.not_stem_taken))
        match = NameMatch(rng.choice(("title", "body")), 0, 2, "某某", entries, host=rng.random() < 0.3)
        for _ in range(3):
            article = Context(gazetteer, rng.sample(codes, rng.randint(0, 4)))
            page = Context(gazetteer, rng.sample(codes, rng.randint(0, 3)))
            for i in form.not_stem_at:
                usable = _usable(gazetteer, form.per_entry[i], match, article, page, rng.choice((None, "320000")),
                                 frozenset(), rng.randint(1, 4))
                if i in form.not_stem_taken:
                    taken += 1
                    assert usable, entries[i]
                else:
                    asked += 1
    assert taken > 1000 and asked > 100


def _paired_as_before(gazetteer, forms, home_code) -> set[str]:
    """`_paired_counties`' short forms' pairs, one form after another, as the loop did before."""
    shorts = [f.short_codes for f in forms if f.short_codes]
    paired: set[str] = set()
    if not shorts:
        return paired
    short = set().union(*shorts)
    home_short = {c for c in short if _is_home(gazetteer, c, home_code)}
    for f in dict.fromkeys(forms):
        if short.isdisjoint(f.pairing):
            continue
        if home_short and not home_short.isdisjoint(f.contexts_named):
            paired |= home_short & f.contexts_named
        if home_short and not home_short.isdisjoint(f.zone_codes):
            paired |= home_short & f.zone_codes
        if not short.isdisjoint(f.around_official_towns):
            paired |= short & f.around_official_towns
    return paired


def test_the_counties_written_short_pair_as_one_form_after_another_did():
    gazetteer = load_gazetteer()
    home = gazetteer.find("江苏省").code
    rng = random.Random(11)
    pieces = ["吴江", "同里", "汾湖", "启东", "吕四", "奉贤", "柘林镇", "昆山", "周庄", "海门", "常熟", "虞山",
              "。", "和"]
    paired = 0
    for _ in range(1500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        forms = [facts_of(gazetteer, m) for m in find_names(gazetteer, text, "body")]
        before = _paired_as_before(gazetteer, forms, home)
        assert _paired_counties(gazetteer, forms, home) == sorted(before | _counties_of_unique_stems(gazetteer, forms,
                                                                                                   home))
        paired += bool(before)
    assert paired > 300


def test_the_province_table_is_the_province_of_the_filing_chain():
    gazetteer = load_gazetteer()
    for code in random.Random(3).sample(sorted(gazetteer.places), 2000):
        assert gazetteer.province(code) == next(
            (p.code for p in gazetteer.filed_chain(code) if p.level == "province"), None)


def test_tags_the_shortcuts_keep():
    """An alias that needs its city (高新区), a county's short form asked for its city (吴江), namesakes taken without
    asking and weighed by the context (周庄镇 after 昆山市 or 江阴市; alone, none), a common town name its province
    alone does not settle (城关镇)."""
    gazetteer = load_gazetteer()
    body = "市召开人才工作会议。会上,高新区负责人介绍了今年的招聘计划。"
    assert where(tag(gazetteer, "高新区举行招聘会", "苏州" + body)) == ("苏州市", "虎丘区", None)
    assert where(tag(gazetteer, "高新区举行招聘会", "无锡" + body)) == ("无锡市", None, None)
    tags = tag(gazetteer, "游客来到吴江", "苏州市民周末来到吴江游玩,吴江的古镇很热闹。")
    assert where(tags) == ("苏州市", "吴江区", None)
    body = "周庄镇近日举办文化节,吸引游客上万人。"
    assert where(tag(gazetteer, "周庄镇举办文化节", "昆山市" + body)) == ("苏州市", "昆山市", "周庄镇")
    assert where(tag(gazetteer, "周庄镇举办文化节", "江阴市" + body)) == ("无锡市", "江阴市", "周庄镇")
    assert where(tag(gazetteer, "周庄镇举办文化节", "近日," + body)) == (None, None, None)
    tags = tag(gazetteer, "城关镇修好一条路", "贵州省城关镇近日修好一条路。")
    assert where(tags) == (None, None, None) and mentioned(tags) == {"贵州省"}
