"""The names found are made as the plain class would make them, and the names kept among overlapping ones are
taken in the order a sort of every hit by length and start gives."""

import dataclasses
import random

import pytest

from app.places import matching
from app.places.gazetteer import load_gazetteer
from app.places.matching import NameMatch, find_names, longest_first
from app.places.names import fold


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _texts(gazetteer, seed: int, n: int) -> list[str]:
    """Random texts of place names run together, cut and joined with filler: many overlapping hits."""
    rng = random.Random(seed)
    forms = [f for f in rng.sample(gazetteer.forms, 3000)]
    filler = ["的", "镇", "路", "市", "村", "考察团", "东接", "来", "一行", "率队来", "学习", "。", ",", "\n", "人",
              "开发区", "街道"]
    texts = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 14)):
            form = rng.choice(forms)
            parts.append(form[rng.randint(0, 1):] if rng.random() < 0.3 else form)
            if rng.random() < 0.6:
                parts.append(rng.choice(filler))
        texts.append(fold("".join(parts)))
    return texts


def test_the_hits_come_longest_first_as_a_sort_of_every_hit_puts_them(gazetteer):
    for text in _texts(gazetteer, 1, 3000):
        scanned = gazetteer.scan(text)
        if not scanned:
            continue
        expected = [(form, start, end) for _, start, end, form in sorted((s - e, s, e, f) for f, s, e in scanned)]
        assert list(longest_first(scanned)) == expected, text


def test_a_name_made_field_by_field_is_the_name_its_class_makes(gazetteer):
    fields = [f.name for f in dataclasses.fields(NameMatch)]
    for text in _texts(gazetteer, 2, 1500):
        for m in find_names(gazetteer, text, "body", len(text) // 2):
            made = NameMatch(**{f: getattr(m, f) for f in fields})  # each field read: none left unset
            assert made == m and made.form_facts is m.form_facts and made.folded is m.folded
    assert max(map(len, gazetteer.forms)) < len(matching._TAKEN)  # a span of every length marked at once

