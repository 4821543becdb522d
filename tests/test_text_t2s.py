"""The fold skips OpenCC for text that holds none of the characters t2s may change: the list of those
characters must match the installed dictionaries, and the fold must come out as OpenCC's own."""

import random
import subprocess
from pathlib import Path

import opencc
import pytest

from app.t2s_changes import (CHANGING, CHANGING_IN_PHRASES_ONLY, PHRASES_CHANGING_THEM, changing_characters,
                              changing_in_phrases_only)
from app.text import _simplified, fold, width_fold

_CLIB = Path(opencc.__file__).parent / "clib"
_DICTIONARIES = ("TSPhrases", "TSCharacters", "TSCharactersExt", "CJK_Compatibility_Ideographs")


@pytest.mark.skipif(not (_CLIB / "bin" / "opencc_dict").exists(), reason="OpenCC's dictionary tool is not installed")
def test_the_list_is_made_from_the_installed_dictionaries(tmp_path):
    lines: list[str] = []
    for name in _DICTIONARIES:
        out = tmp_path / f"{name}.txt"
        subprocess.run([str(_CLIB / "bin" / "opencc_dict"), "-i", str(_CLIB / "share" / "opencc" / f"{name}.ocd2"),
                        "-o", str(out), "-f", "ocd2", "-t", "text"], check=True,
                       env={"LD_LIBRARY_PATH": str(_CLIB / "lib64")})
        lines += out.read_text(encoding="utf-8").splitlines()
    assert changing_characters(lines) == set(CHANGING)
    assert changing_in_phrases_only(lines) == (set(CHANGING_IN_PHRASES_ONLY), set(PHRASES_CHANGING_THEM))


def _opencc_fold(text: str) -> str:
    """The fold as it was before the shortcut: every line through OpenCC."""
    narrow = width_fold(text)
    return "".join(map(_simplified, narrow.splitlines(keepends=True)))


@pytest.mark.parametrize("text", ["乾燥的天气里，乾隆年间的桥", "深沈的夜，反覆地想", "學校門口\n新的一天\r\n後來",
                                  "覆盖全镇，沈阳来的客人", "反覆\n覆盖", "什么坏了\n深沈", "覆盖了學校",
                                  "镇上新建的公园", "頭條\n\n村里的事", "𠀀字"])
def test_the_fold_is_opencc_s_where_it_skips_it_and_where_not(text):
    assert fold(text) == _opencc_fold(text)


def test_the_fold_is_opencc_s_on_random_text():
    rng = random.Random(7)
    # simplified characters that t2s keeps, the characters it may change, and line breaks of every kind
    pool = "镇村街道新区公园学校河湖山城" + CHANGING[:400] + "\n\r\u2028，。"
    for _ in range(500):
        text = "".join(rng.choice(pool) if rng.random() < 0.3 else rng.choice("镇村街道新区公园学校的一是")
                       for _ in range(rng.randrange(1, 40)))
        assert fold(text) == _opencc_fold(text), text


def test_the_fold_is_opencc_s_on_text_of_characters_changed_only_in_phrases():
    """覆, 沈, 么 … alone are kept (覆盖, 沈阳), inside the phrases that change them not (反覆 → 反复)."""
    rng = random.Random(11)
    pieces = [*CHANGING_IN_PHRASES_ONLY, *PHRASES_CHANGING_THEM, *"镇村街道新区公园学校的一是盖阳", *CHANGING[:50],
              "\n"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 12)))
        assert fold(text) == _opencc_fold(text), text
    assert fold("覆盖全镇") == "覆盖全镇" and fold("反覆") == "反复"


def test_the_lines_t2s_may_change_are_those_whose_width_fold_holds_a_character_it_may_change() -> None:
    import random
    from app.text import _T2S_CHANGES, fold, lines_t2s_may_change, width_fold
    # plain and traditional letters, characters changed only in phrases, full-width forms, compatibility
    # ideographs (whose width fold may be a traditional letter), characters beyond the plane
    pool = list("溪口村茶园丰收镇图书室覆沈么乾後來鄉鎮園區，：（）…\u3000") + [
        "\uf900", "\uf9a8", "\ufa0c", "\U0002f800", "\U0001d400", "\U00020000", "反覆"]
    rnd = random.Random(11)
    lines = ["".join(rnd.choice(pool) for _ in range(rnd.randint(0, 12))) for _ in range(4000)]
    flags = lines_t2s_may_change(lines)
    # (a line may be flagged for less: a compatibility ideograph t2s would change but its width fold already
    # changed, a character beyond the plane; then `fold` looks at it as it always did)
    assert [line for line, flag in zip(lines, flags) if not flag and _T2S_CHANGES.search(width_fold(line))] == []
    assert all(fold(line) == width_fold(line) for line, flag in zip(lines, flags) if not flag)
    assert 0 < flags.count(False) < len(lines)
    assert lines_t2s_may_change(["溪口村", "鄉鎮", "", "茶园，丰收"]) == [False, True, False, False]


def test_the_phrases_are_looked_for_where_their_characters_stand():
    """Whether a text may change is asked phrase by phrase only where a character changed inside phrases stands
    (坏 of 一坏, 沈 of 擊沈): the same answer as a search of the whole text for every phrase, near the text's
    ends too."""
    import re

    from app.text import _T2S_CHANGES, _t2s_may_change

    every_phrase = re.compile("|".join(map(re.escape, PHRASES_CHANGING_THEM)))
    alone = "".join(c for c in CHANGING if c not in CHANGING_IN_PHRASES_ONLY)

    def searched_whole(text: str) -> bool:
        found = _T2S_CHANGES.search(text)
        if found is None or found.group() not in CHANGING_IN_PHRASES_ONLY:
            return found is not None
        return any(c in alone or c > "\uffff" for c in text[found.end():]) or every_phrase.search(text) is not None

    rng = random.Random(12)
    pieces = [*CHANGING_IN_PHRASES_ONLY * 4, *PHRASES_CHANGING_THEM, *"镇村街道的一是盖阳破", *CHANGING[:20],
              "\U00020000"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 8)))
        cut = text[rng.randrange(len(text)):]  # phrases cut short at the start
        for sample in (text, cut, text[:rng.randrange(1, len(text) + 1)]):
            assert _t2s_may_change(sample) == searched_whole(sample), sample
    assert not _t2s_may_change("破坏沈阳") and _t2s_may_change("擊沈") and not _t2s_may_change("沈")
