"""The one text fold: width and traditional → simplified, character by character, the same for every room."""

from app import text
from app.places import names
from app.search import analysis


def test_qianlong_stays_as_printed_where_text_is_read_and_is_found_as_typed() -> None:
    # The parser and the place tagger read whole phrases: 乾隆 stays, 乾燥 is simplified.
    assert text.fold("乾隆年间") == names.fold("乾隆年间") == "乾隆年间"
    assert text.fold("乾燥") == "干燥"
    # Search folds one character at a time, text and query alike, so 乾隆 finds 乾隆 and 乾燥 finds 干燥.
    assert analysis.fold("乾隆") == analysis.fold("乾") + analysis.fold("隆")
    assert text.search_fold("乾燥") == text.search_fold("干燥")


def test_traditional_and_full_width_fold_alike_everywhere() -> None:
    assert text.fold("蘇州工業園區（一）") == "苏州工业园区(一)"
    assert text.search_fold("蘇州ＡＢ") == "苏州ab"
    assert analysis.fold is text.search_fold
    assert names.fold.__wrapped__ is text.fold  # the same fold, its last results kept for the tagger


def test_the_aligned_fold_keeps_the_length() -> None:
    printed = "…後來"
    assert len(text.fold(printed)) == len(printed)


def test_one_bigrams_for_strings_and_runs() -> None:
    assert text.bigrams("苏州市") == ["苏州", "州市"]
    assert text.bigrams(("abc", "苏")) == ["abc苏"]


def test_every_character_folds_to_its_own_nfkc_where_that_is_one_character() -> None:
    # The width fold looks only at the characters it may change: every other one must stay as it is.
    import unicodedata
    every = [chr(c) for c in [*range(0xD800), *range(0xE000, 0x10000), *range(0x1D400, 0x1D800), 0x2F800, 0x20000]]
    expected = [n if len(n := unicodedata.normalize("NFKC", c)) == 1 else c for c in every]
    line = "".join(every).replace("\n", " ").replace("\r", " ")
    width_folded = text.width_fold(line)
    assert len(width_folded) == len(line)
    assert [a for a, b in zip(width_folded, "".join(expected).replace("\n", " ").replace("\r", " ")) if a != b] == []


def test_the_width_fold_is_the_same_whether_a_line_holds_full_width_commas_alone_or_with_other_forms() -> None:
    # The full-width comma is narrowed before the class is searched: what else the line holds must still be folded.
    import random
    import unicodedata

    def by_character(line: str) -> str:
        return "".join(n if len(n := unicodedata.normalize("NFKC", c)) == 1 else c for c in line)

    pool = ["，", "，", "晒谷场", "稻穗", "：", "…", "Ａ", "①", "豈", ",", "\U0002f800", "ｶ\uff9e", "\n"]
    rng = random.Random(11)
    for _ in range(3000):
        line = "".join(rng.choice(pool) for _ in range(rng.randint(1, 10)))
        assert text.width_fold(line) == by_character(line), line
    assert text.width_fold("晒谷场，稻穗，") == "晒谷场,稻穗,"


def test_the_quick_nfkc_is_nfkc() -> None:
    # Article ids rest on it: the same string as unicodedata's, whatever marks, jamo, compatibility
    # forms or full-width characters are mixed together, and so is NFKC after the width fold.
    import random
    import unicodedata
    pool = ("Ａａ１，。①…㈠ﬁ ｶﾞ ﾊﾟ ﾡﾤ \u1100\u1161\u11a8 \uffa1\u1161 e\u0301\u0327 Å Ω ℃ ㎏ 丽 豈 苏州 "
            "\u0344 \u0f73 \u0f77 \u2126 \u212b \u3099\u309a か\u3099 ｶ\uff9e \U0001d400 \U0002f800").split(" ")
    rng = random.Random(7)
    for _ in range(3000):
        sample = "".join(rng.choice(pool) for _ in range(rng.randint(1, 8)))
        assert text.nfkc(sample) == unicodedata.normalize("NFKC", text.width_fold(sample)) \
            == unicodedata.normalize("NFKC", sample), sample
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert text.nfkc(every) == unicodedata.normalize("NFKC", every)


def test_the_width_fold_of_a_text_nfkc_leaves_as_it_is_is_the_text() -> None:
    # (asked first through NFKC's quick check: a character NFKC changes alone never stands in its output)
    import unicodedata
    for code in [*range(0xD800), *range(0xE000, 0x10000), *range(0x1D400, 0x1D800), 0x2F800, 0x20000]:
        alone = unicodedata.normalize("NFKC", chr(code))
        assert text.width_fold(f"溪口{chr(code)}村") == f"溪口{alone if len(alone) == 1 else chr(code)}村", hex(code)
    assert text.width_fold("溪口村，茶园。") == "溪口村,茶园。" and text.width_fold("溪口村…") == "溪口村…"


def test_all_han_is_true_of_han_letters_alone() -> None:
    assert text.all_han("张三") and text.all_han("㐀丽") and text.all_han("")
    assert not text.all_han("张三 ") and not text.all_han("Knews") and not text.all_han("张3")
