"""BM25F scores: independent of the order AND operands are evaluated in."""

from __future__ import annotations

import random
import re

from app.search.analysis import fold
from tests.helpers import all_scores, oracle


def test_and_scores_do_not_depend_on_operand_order(built, corpus):
    # Operands run rarest first; a phrase operand (3+ characters) gets the
    # same df whichever operand ran first, so both orders score alike.
    rnd = random.Random(5)
    words = []
    for _ in range(24):
        d = rnd.choice(corpus)
        spans = [s for s in re.findall(r"[\u4e00-\u9fff]+", fold(d.body)) if len(s) >= 4]
        s = rnd.choice(spans)
        k = rnd.randint(1, 4)
        words.append(s[:k])
    for a, b in zip(words[::2], words[1::2]):
        ab, ba = all_scores(built, f"{a} {b}"), all_scores(built, f"{b} {a}")
        assert ab.keys() == ba.keys() == oracle(corpus, a) & oracle(corpus, b), (a, b)
        assert all(abs(ab[i] - ba[i]) < 1e-6 for i in ab), (a, b)
        assert all_scores(built, f"{a} {b} -{a}") == {}
