"""The continuation repair's texts are cut from their articles' parts: the same keys and bigrams as
the joined text, whatever the cut."""

import gc
import random

import pytest

from app.parsing import decode_page, parse_page
from app.parsing.continuations import page_texts
from app.parsing.continuations.page_texts import PageTexts
from app.parsing.similarity import bigrams, compact, joined_place_keys, place_keys
from tests.helpers import SEEDS

# Place words, characters that make or break a key, and punctuation, so that matches overlap.
ALPHABET = list("城厢镇村社区街道小新园高县市民庄的古集该乡农都上超门东西南北示范文明") + ["，", "。", "a", "1"]


def random_texts(seed: int, count: int, longest: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(0, longest))) for _ in range(count)]


def test_the_place_keys_of_parts_joined_are_those_of_a_scan_of_the_joined_text():
    texts = random_texts(1, 6000, 30)
    rnd = random.Random(2)
    for at in range(0, 6000, 3):
        # parts of any length, short ones too, and endings that let a match cross a joint or not
        parts = [*texts[at:at + 3], *random_texts(at, rnd.randint(0, 4), 4)]
        parts += rnd.choice([["东西高新", "区"], ["城厢", "镇", "村民"], ["南北新", "村", "庄"], ["示范", "市"],
                             ["城厢。", "镇", ""], ["东西,", "高新区"]])
        rnd.shuffle(parts)
        for n in range(len(parts) + 1):
            for chosen in (parts[:n], parts[n:], parts[n:n + 1]):
                joined = "".join(chosen)
                assert joined_place_keys(chosen, place_keys) == place_keys(joined), chosen


def test_texts_of_finished_paragraphs_take_their_place_keys_from_the_paragraphs_alone():
    scanned = []

    def keys_of(part):
        scanned.append(part)
        return place_keys(part)

    parts = ["白沙镇的老街。", "城厢社区,", "”", "高新区"]
    assert joined_place_keys(parts, keys_of) == ({"白沙", "城厢"}, {"白沙", "城厢"})
    assert scanned == parts  # no scan of the joined text
    # a joint a match may cross: the joined text is scanned (`城厢镇` is no name before `村民`)
    assert joined_place_keys(["城厢", "镇村民", "东西", "镇"], keys_of) == ({"东西"}, {"东西"})


def test_the_place_keys_of_what_an_article_keeps_and_of_its_tails_are_those_of_their_text():
    pieces = random_texts(5, 2000, 12)
    for n in range(0, 2000, 5):
        # paragraphs that end in a place word's letters, so that matches cross joints, and finished ones
        paragraphs = tuple(piece + ("。" if (n + i) % 3 else "") for i, piece in enumerate(pieces[n:n + 4]))
        for finished in (paragraphs, tuple(p + "。" for p in paragraphs)):
            page = PageTexts([])  # (its texts hold it weakly: it must outlive them)
            article = page.article(finished, pieces[n + 4])
            for k in range(len(finished) + 1):
                assert (article.kept(k).places, article.kept(k).towns) == \
                    place_keys("".join(finished[:k]) + pieces[n + 4]), (finished, k)
                if k < len(finished):
                    assert (article.tail(k).places, article.tail(k).towns) == place_keys("".join(finished[k:]))


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
    for (paragraphs, heading), text, (other, other_heading), other_text in zip(articles, whole, articles[1:],
                                                                               whole[1:]):
        far = texts.article(other, other_heading).whole
        assert texts.article(paragraphs, heading).whole.shared(far) == \
            len((bigrams(text) - common) & (bigrams(other_text) - common))
        for k in range(len(paragraphs)):
            tail = texts.article(paragraphs, heading).tail(k)
            assert texts.size(tail.grams) == len(bigrams("".join(paragraphs[k:])) - common)
            # what is kept above a paragraph ends in the heading: the joint to it is looked up with the page's
            kept = texts.article(paragraphs, heading).kept(k)
            assert texts.size(kept.grams) == len(bigrams("".join(paragraphs[:k]) + heading) - common)
    # a text never seen when the page was read (paragraphs joined later) is cut the same way
    joined = pieces[0] + pieces[1] + "新城镇"
    assert texts.size(texts.paragraph(joined).grams) == len(bigrams(joined) - common)


def test_the_bigram_table_numbers_the_page_s_distinct_bigrams_in_order_and_gives_each_part_its_own():
    # (the bigrams are ordered by two radix sorts of their letters' 16-bit code points, the first letter's then
    # the second's: letters at the edges of each class, so that an order by the wrong letter or width shows)
    rnd = random.Random(7)
    edges = list("09AZaz") + ["\u3400", "\u3401", "\u4e00", "\u9ffe", "\u9fff", "镇", "村"] + ["，", " ", "·"]
    for _ in range(40):
        parts = list(dict.fromkeys("".join(rnd.choice(edges) for _ in range(rnd.randint(0, 12)))
                                   for _ in range(rnd.randint(1, 60))))
        table = page_texts._Bigrams(parts)
        own = [set(zip(letters, letters[1:])) for letters in map(compact, parts)]
        known = sorted({ord(a) | ord(b) << page_texts.SECOND for grams in own for a, b in grams})
        assert table._known.tolist() == known
        for part, grams in zip(parts, own):
            bits, _ = table.of(part)
            assert bits == sum(1 << known.index(ord(a) | ord(b) << page_texts.SECOND) for a, b in grams), part


def test_a_page_is_cut_without_leaving_garbage_in_reference_cycles():
    # (such garbage waits for the cyclic collector, which then runs the more often and walks the
    # whole heap of the ingest worker each time)
    pages = [decode_page(path.read_bytes()).text for path in sorted(SEEDS.glob("*.txt"))]
    parse_page(pages[0])
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        for page in pages:
            assert parse_page(page)
            assert gc.collect() == 0
    finally:
        if enabled:
            gc.enable()


def test_the_cyclic_collector_rests_while_a_page_is_cut_and_is_left_as_it_was(monkeypatch):
    # (a page makes no cycles, so collections set off by its many small objects would find nothing)
    from app.parsing import page as page_module

    page = decode_page(sorted(SEEDS.glob("*.txt"))[0].read_bytes()).text
    read_items, collecting = page_module.read_items, []

    def reading(text):
        collecting.append(gc.isenabled())
        return read_items(text)

    def failing(text):
        raise ValueError("a parser bug")

    enabled = gc.isenabled()
    monkeypatch.setattr(page_module, "read_items", reading)
    try:
        gc.enable()
        assert parse_page(page) and gc.isenabled()
        gc.disable()  # a caller that paused it itself
        assert parse_page(page) and not gc.isenabled()
        monkeypatch.setattr(page_module, "read_items", failing)
        gc.enable()
        with pytest.raises(ValueError):
            parse_page(page)
        assert gc.isenabled()
    finally:
        (gc.enable if enabled else gc.disable)()
    assert collecting == [False, False]


def test_the_place_pattern_s_look_ahead_changes_no_match():
    """The look-ahead for a place word's first character only saves trying the alternatives: the matches are
    those of the two letters and the place words alone (each a key and its word, as one string)."""
    import re

    from app.parsing.similarity import _PLACE, _PLACE_WORDS

    plain = re.compile(rf"([\u3400-\u9fff]{{2}})({_PLACE_WORDS})")
    for text in random_texts(3, 6000, 40):
        assert _PLACE.findall(text) == [key + word for key, word in plain.findall(text)], text


def test_a_texts_joined_string_is_made_once_and_kept():
    texts = PageTexts([(("溪口村茶园丰收。", "镇上图书室开放。"), "溪口见闻")])
    text = texts.text(("溪口村茶园丰收。", "镇上图书室开放。"))
    assert "folded" not in vars(text)
    assert text.folded == "溪口村茶园丰收。镇上图书室开放。" and vars(text)["folded"] is text.folded


def test_the_reversed_place_scan_finds_the_keys_of_the_plain_scan():
    """Place keys are found scanning the text reversed, and the plain way where two place words stand close
    enough for matches to overlap: the keys are those of the plain scan alone, overlaps and all."""
    from app.parsing.similarity import _PLACE, _place_kind

    def plain(text: str) -> tuple[set[str], set[str]]:
        kinds = [(match[:2], _place_kind(match)) for match in _PLACE.findall(text)]
        return {key for key, kind in kinds if kind}, {key for key, kind in kinds if kind == 2}

    texts = random_texts(7, 40000, 24) + ["城厢镇村民", "东西高新区", "南北新村庄", "示范村,城厢镇", "高新村镇",
                                          "西新村东市"]
    for text in texts:
        assert place_keys(text) == plain(text), text
