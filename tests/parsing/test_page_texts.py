"""The continuation repair's texts are cut from their articles' parts: the same keys and bigrams as
the joined text, whatever the cut."""

import random

import pytest

from app.parsing import page_texts
from app.parsing.page_texts import PageTexts
from app.parsing.similarity import PlaceScan, bigrams, place_keys

# Place words, characters that make or break a key, and punctuation, so that matches overlap.
ALPHABET = list("城厢镇村社区街道小新园高县市民庄的古集该乡农都上超门东西南北示范文明") + ["，", "。", "a", "1"]


def random_texts(seed: int, count: int, longest: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(0, longest))) for _ in range(count)]


def test_the_place_keys_of_every_beginning_and_end_are_those_of_a_scan_of_it():
    for text, after in zip(random_texts(1, 3000, 30), random_texts(2, 3000, 6)):
        scan = PlaceScan(text)
        for at in range(len(text) + 1):
            assert scan.end(at) == place_keys(text[at:]), (text, at)
            assert scan.beginning(at, after) == place_keys(text[:at] + after), (text, at, after)


@pytest.mark.parametrize("dense", [True, False], ids=["bit sets", "sets, for a page too large"])
def test_bigrams_counted_from_parts_are_those_of_the_joined_texts(dense, monkeypatch):
    if not dense:
        monkeypatch.setattr(page_texts, "DENSE_CELLS", 0)
    pieces = random_texts(3, 400, 12)
    articles = [(tuple(pieces[n:n + 4]), pieces[n + 4]) for n in range(0, 400, 5)]
    texts = PageTexts(articles)
    whole = ["".join(paragraphs) + heading for paragraphs, heading in articles]
    seen = [bigrams(text) for text in whole]
    common = {gram for gram in set().union(*seen) if sum(gram in grams for grams in seen) >= 3}
    for (paragraphs, heading), text, (other, other_heading), other_text in zip(articles, whole, articles[1:], whole[1:]):
        far = texts.article(other, other_heading).whole
        assert texts.article(paragraphs, heading).whole.shared(far) == \
            len((bigrams(text) - common) & (bigrams(other_text) - common))
        for k in range(len(paragraphs)):
            tail = texts.article(paragraphs, heading).tail(k)
            assert texts.size(tail.grams) == len(bigrams("".join(paragraphs[k:])) - common)
    # a text never seen when the page was read (paragraphs joined later) is cut the same way
    joined = pieces[0] + pieces[1] + "新城镇"
    assert texts.size(texts.paragraph(joined).grams) == len(bigrams(joined) - common)
