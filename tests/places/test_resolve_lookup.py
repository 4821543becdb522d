"""The resolver's lookups by form give the answers its rules give entry by entry."""

import random

import pytest

from app.places.forms import facts
from app.places.gazetteer import load_gazetteer
from app.places.matching import NameMatch
from app.places.resolve import Context, _usable, _usable_stems


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _shared_stems(gazetteer, at_least: int) -> list[tuple[str, tuple]]:
    return [(text, entries) for text, entries in zip(gazetteer.forms, gazetteer.form_entries)
            if sum(e.form == "stem" for e in entries) >= at_least]


def test_a_stem_many_towns_bear_is_looked_up_as_the_rule_reads_each_town(gazetteer):
    """城厢, 新港, 黄桥 …: whichever counties, cities and towns are in context, and whichever name comes
    right before, the towns found by county, city and code are those `_usable` takes one by one."""
    shared = _shared_stems(gazetteer, 3)
    assert len(shared) > 500 and any(text == "城厢" for text, _ in shared)
    rng = random.Random(20261129)
    checked = taken = 0
    for text, entries in rng.sample(shared, 400):
        form = facts(gazetteer, entries)
        counties = sorted({e.context for e in entries if e.context})
        cities = sorted({f.city for f in form.per_entry if f.city})
        codes = sorted({e.code for e in entries})
        for _ in range(6):
            article = Context(gazetteer, rng.sample(counties + codes, rng.randint(0, 3)))
            page = Context(gazetteer, rng.sample(counties, rng.randint(0, 2)))
            after = frozenset(rng.sample(cities, min(len(cities), rng.randint(0, 1))))
            match = NameMatch("body", 0, len(text), text, entries, called_town=rng.random() < 0.3)
            by_rule = {i for i, fact in enumerate(form.per_entry) if fact.entry.form == "stem"
                       and _usable(gazetteer, fact, match, article, page, None, after, 1)}
            assert _usable_stems(form, match, article, page, after) == by_rule, text
            checked += 1
            taken += bool(by_rule)
    assert taken > checked // 4  # the contexts drawn do take towns, not only leave them


def test_a_form_s_facts_are_its_own_and_kept_while_it_lives(gazetteer):
    """Facts are kept by the tuple's identity: the same tuple gives the same facts, and a tuple made
    afresh with fewer entries gets facts of its own."""
    text, entries = _shared_stems(gazetteer, 3)[0]
    narrowed = entries[:1]
    assert facts(gazetteer, entries) is facts(gazetteer, entries)
    assert facts(gazetteer, narrowed).codes == {entries[0].code}
    assert facts(gazetteer, entries).codes == {e.code for e in entries}
