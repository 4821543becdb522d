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
