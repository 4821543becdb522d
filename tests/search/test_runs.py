"""The order a writer sorts its postings in: by key, equal keys in the order they were held."""

import numpy as np

from app.search.runs import stable_order


def test_the_order_is_the_stable_sort_of_the_keys_for_narrow_wide_and_negative_keys() -> None:
    rng = np.random.default_rng(7)
    for n in (0, 1, 2, 9, 5_000):
        for top in (2, 1 << 20, 1 << 44, 1 << 62):  # one sort; first units ranked; too wide to rank
            keys = rng.integers(0, top, n, dtype=np.int64)
            assert np.array_equal(stable_order(keys), np.argsort(keys, kind="stable")), (n, top)
    keys = np.array([5, -3, 5, 0, -3], dtype=np.int64)
    assert stable_order(keys).tolist() == [1, 4, 3, 0, 2]


def test_bigram_keys_with_word_units_keep_their_documents_in_order() -> None:
    # A bigram of two words: a 44-bit key, sorted through the rank of its first unit.
    first = np.array([0x110000 + 9, 0x4E00, 0x110000 + 9, 0x4E00, 0x110000 + 1], dtype=np.int64)
    keys = (first << 22) | np.array([0x4E01, 0x4E01, 0x4E01, 0x4E00, 0x110000 + 3], dtype=np.int64)
    keys = np.repeat(keys, 1 << 18)  # enough postings that key and index no longer share 63 bits
    assert np.array_equal(stable_order(keys), np.argsort(keys, kind="stable"))


def _fields(runs) -> dict:
    return {fname: [tuple(a.tolist() for a in piece) for piece in pieces] for fname, _, pieces in runs.fields()}


def test_parts_held_sorted_by_key_come_out_as_unsorted_parts_do(tmp_path) -> None:
    # A writer that sorted a part itself (the whole text's bigrams, np.unique's unigram pairs) holds it so: the
    # runs merge such parts instead of sorting them, alone, spilled, or beside parts held unsorted (a merge).
    from app.search.runs import PostingRuns

    rng = np.random.default_rng(11)
    parts = []
    for batch in range(6):
        keys = rng.integers(0, 50, 300, dtype=np.int64)
        docs = np.sort(rng.integers(batch * 100, batch * 100 + 100, 300)).astype(np.int32)
        parts.append((keys, docs, np.arange(300, dtype=np.uint16)))
    for budget in (1 << 30, 4_000):  # in memory; spilled in several runs
        plain, held = PostingRuns(str(tmp_path), budget), PostingRuns(str(tmp_path), budget)
        for i, (keys, docs, values) in enumerate(parts):
            plain.hold("f", keys, docs, values)
            if i == 3:  # an unsorted part among sorted ones
                held.hold("f", keys, docs, values)
                continue
            order = stable_order(keys)
            held.hold("f", keys[order], docs[order], values[order], by_key=True)
        assert _fields(held) == _fields(plain), budget
        one = PostingRuns(str(tmp_path), budget)
        order = stable_order(parts[0][0])
        one.hold("g", *(a[order] for a in parts[0]), by_key=True)
        assert _fields(one)["g"][0][0] == sorted(parts[0][0].tolist())
        for runs in (plain, held, one):
            runs.close()
