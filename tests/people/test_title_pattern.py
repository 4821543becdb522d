"""The pattern that finds a title before a name is a tree of the titles' shared beginnings; it must find
exactly what the plain alternation of the titles, longest first, finds."""

import re

from app.people.grammar import _longest_first, _title_before_name
from app.people.lexicon import COMPOUND_SURNAMES, SURNAMES, TITLES

SURNAME_AHEAD = "(?= ?[" + "".join(sorted(SURNAMES | {s[0] for s in COMPOUND_SURNAMES})) + "])"
PLAIN = re.compile("(?:" + "|".join(sorted(TITLES, key=len, reverse=True)) + ")" + SURNAME_AHEAD)


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_every_title_before_a_name_is_found_as_the_plain_alternation_finds_it() -> None:
    for title in sorted(TITLES):
        for text in (f"{title}王明说", f"{title} 李华", f"副{title}张三", f"{title}的", f"据{title}{title}赵四介绍"):
            assert spans(_title_before_name(), text) == spans(PLAIN, text), text


def test_a_longer_title_wins_unless_no_name_follows_it() -> None:
    pattern = re.compile(_longest_first(["书记", "副书记", "书记员"]) + "(?=[王])")
    assert spans(pattern, "书记员王五") == [(0, 3)]
    assert spans(pattern, "书记王五") == [(0, 2)]
    assert spans(pattern, "副书记王五") == [(0, 3)]
    assert spans(pattern, "书记员李四") == []


def test_invented_sentences_give_the_same_titles() -> None:
    text = ("镇党委书记王建国、镇长李明来到村里。区委副书记、常务副区长张晓东说，"
            "社区党委书记 姚家远介绍，第一书记陈平和驻村干部一起走访。")
    assert spans(_title_before_name(), text) == spans(PLAIN, text)
    assert len(spans(PLAIN, text)) >= 4


def test_the_first_look_starts_the_titles_where_the_whole_text_would_give_them() -> None:
    """`starting_points` tries the tree from the longest title back from the first place a title may end
    before a name: the same titles as a scan of the whole text, long text before them or not."""
    import random

    from app.people.grammar import starting_points

    rnd = random.Random(3)
    words = [*sorted(TITLES)[::7], "王明", "李华", " ", "的", "在", "。", "说", "溪口村", "茶园", "副", "张"]
    for _ in range(3000):
        text = "".join(rnd.choice(words) for _ in range(rnd.randint(1, 16)))
        titles, _ = starting_points(text)
        assert [m.span() for m in titles] == spans(PLAIN, text), text
