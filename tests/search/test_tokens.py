"""Cutting a batch of texts in numpy gives the units, runs and positions of the analysis rules."""

from __future__ import annotations

import random
from collections import Counter

from app.search.analysis import MAX_POSITIONS, units_of
import numpy as np

from app.search.tokens import UNIT_BITS, Vocabulary, cut, cut_apart, fold_with_origin
from app.text import search_fold_with_offsets

TRICKY = [
    "苏州工业，苏州", "吴中胥口镇，COVID-19 王　芳", "abc 12", "*** ……", "", "蘇州ＡＢＣ１２３ x y",
    "㈱test 王 芳，。!!  x", "\U00020000\U00020001a\U0001d400b", "_", "  ", "ÉCOLE Straße İ", "a_b 一二\x00三四",
    "2021年GDP增长", "①②③号",
]


def _expected(text: str) -> tuple[Counter, dict[str, list[int]]]:
    """Units and bigram positions as the analysis defines them (parts split by \\x00 start new runs)."""
    runs = [r for part in text.split("\x00") for r in units_of(part)]
    units: Counter = Counter()
    bigrams: dict[str, list[int]] = {}
    pos = 0
    for run in runs:
        units.update(run)
        for i in range(len(run) - 1):
            bigrams.setdefault(run[i] + "|" + run[i + 1], []).append(pos + i)
        pos += len(run) + 1
    return units, bigrams


def _got(texts: list[str]) -> list[tuple[Counter, dict[str, list[int]]]]:
    vocab = Vocabulary()
    tok = cut(texts, vocab)
    inverse = {i: w for w, i in vocab.index.items()}

    def unit(i: int) -> str:
        return inverse.get(i) or chr(i)

    out = []
    for d in range(len(texts)):
        units = Counter(unit(i) for i in tok.uni_id[tok.uni_doc == d].tolist())
        bigrams: dict[str, list[int]] = {}
        mine = tok.bi_doc == d
        for k, p in zip(tok.bi_key[mine].tolist(), tok.bi_pos[mine].tolist()):
            bigrams.setdefault(unit(k >> UNIT_BITS) + "|" + unit(k & ((1 << UNIT_BITS) - 1)), []).append(p)
        assert tok.n_bigrams[d] == sum(map(len, bigrams.values()))
        out.append((units, bigrams))
    return out


def test_runs_leave_a_gap_and_words_are_one_unit():
    (units, bigrams), = _got(["苏州工业，苏州 GDP2021"])
    assert bigrams["苏|州"] == [0, 5]
    assert bigrams["工|业"] == [2]
    assert "业|苏" not in bigrams  # the comma breaks the run
    assert bigrams["州|gdp2021"] == [6]
    assert units["苏"] == 2 and units["gdp2021"] == 1


def test_batch_cut_agrees_with_the_analysis_rules():
    rnd = random.Random(11)
    alphabet = list("苏州工业园区镇人大代表，。 　abcXYZ019-_（）①㈱臺灣\n") + ["\U00020000"]
    texts = TRICKY + ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 60))) for _ in range(300)]
    assert _got(texts) == [_expected(t) for t in texts]


def test_several_lists_cut_at_once_give_what_a_cut_of_each_gives_the_same_word_ids_included():
    rnd = random.Random(5)
    alphabet = list("苏州镇人，。 abcXYZ019-_①㈱\x00") + ["\U00020000"]
    fields = [TRICKY, [""] * 3, ["甲乙" * (MAX_POSITIONS // 2 + 10), "word other"],
              ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40))) for _ in range(50)], []]
    one_by_one, at_once = Vocabulary(), Vocabulary()
    expected = [cut(texts, one_by_one) for texts in fields]
    got = cut_apart(fields, at_once)
    assert len(got) == len(expected)
    for mine, theirs in zip(got, expected):
        assert all(a.dtype == b.dtype and np.array_equal(a, b) for a, b in zip(mine, theirs))
    assert at_once.words == one_by_one.words


def test_positions_past_the_limit_are_not_indexed():
    text = "甲乙" * (MAX_POSITIONS // 2 + 10)
    (units, bigrams), = _got([text])
    assert sum(units.values()) == MAX_POSITIONS
    assert max(p for ps in bigrams.values() for p in ps) == MAX_POSITIONS - 2


def test_array_fold_and_origins_are_the_text_fold():
    rnd = random.Random(12)
    alphabet = list("苏州臺灣ＡＢ①㈱…ﬁx \n") + ["\U00020000", "\U0001d400"]
    for text in TRICKY + ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40))) for _ in range(300)]:
        folded, origin = fold_with_origin(text)
        expected, offsets = search_fold_with_offsets(text)
        assert folded == expected
        assert (origin is None and offsets is None) or origin.tolist() == offsets
