"""The grammar of posts: a post (or several) right before a name, or given to a name by a verb.

    区委副书记、统战部部长、武装部部长张明星，…   posts before the name, joined by 、 or 兼
    区领导谢小兵、顾斌参加…                        one post before a list of names
    “…”站长刘大川介绍。                           a post after the closing quote of reported speech
    舒龙还成为了…驿站的站长。                      a verb gives the post (成为, 担任, 当选为 …)

Works on folded text (app.text) and returns offsets, so the caller cuts posts and names out
of the printed text as printed.
"""

import re
from collections.abc import Iterator
from functools import cache
from dataclasses import dataclass

from .lexicon import (APPOINTING, COMPOUND_SURNAMES, CONJUNCTIONS, PLAIN_ROLES, POST_STARTERS, PUNCT,
                      STARTER_EXCEPTIONS, SURNAMES, TITLES, may_appoint)
from .names import name_at, opens_clause, surname_length

MAX_POST_CHARS = 30  # longer runs are sentences, not posts
VERB_FREQUENCY = 20  # a verb this common ending right inside a title unmakes the title
CLAUSE_END = re.compile(r"[\s,.;:!?，。；：！？]")  # quotes may stand inside a clause: 「悦」新驿站的站长
_LIST_SEPARATORS = ("、", "丶")
_CHAIN_SEPARATORS = ("、", "丶", "兼")


@dataclass(frozen=True)
class Found:
    """A name and the spans of the posts given to it, in folded-text offsets."""

    name_start: int
    name: str
    posts: tuple[tuple[int, int], ...]


_LONGEST_TITLE = max(map(len, TITLES))
# The lengths of the titles that end in each character, longest first: eighteen characters end a title.
_TITLE_LENGTHS = {last: sorted({len(title) for title in TITLES if title[-1] == last}, reverse=True)
                  for last in {title[-1] for title in TITLES}}


def title_at_end(text: str, end: int) -> int:
    """Length of the longest title ending at `end` (0 when none). A title whose first character
    ends a verb is no title (践行长江: 行长 is not there)."""
    for n in _TITLE_LENGTHS.get(text[end - 1:end], ()):
        if n <= end and text[end - n:end] in TITLES:
            start = end - n
            return 0 if start > 0 and opens_clause(text[start - 1:start + 1], VERB_FREQUENCY) else n
    return 0


_STARTERS = frozenset(POST_STARTERS)
_STARTER_LENGTHS = sorted({len(word) for word in POST_STARTERS})
_STARTER_ENDINGS = frozenset(word[-1] for word in POST_STARTERS)


def _starter_ends_at(text: str, end: int) -> bool:
    """A word that belongs to the sentence ends right at `end` (在, 由, 陪同 …)."""
    return text[end - 1:end] in _STARTER_ENDINGS and any(
        n <= end and text[end - n:end] in _STARTERS and not text.startswith(STARTER_EXCEPTIONS, end - n)
        for n in _STARTER_LENGTHS
    )


def _after_name_or_post(text: str, end: int) -> bool:
    """A name or a post ends at `end` (the conjunction after it joins two people)."""
    if title_at_end(text, end):
        return True
    return any(end - n >= 0 and surname_length(text, end - n) and not PUNCT.search(text, end - n, end)
               and (end - n == 0 or PUNCT.match(text, end - n - 1) or title_at_end(text, end - n))
               for n in (2, 3))


def post_start(text: str, title_start: int, floor: int) -> int:
    """Where the post whose title starts at `title_start` begins: after punctuation, a separator
    or a word of the sentence; never before `floor`."""
    start = title_start
    while start > floor and title_start - start < MAX_POST_CHARS:
        if PUNCT.match(text, start - 1) or text[start - 1] == "兼" or _starter_ends_at(text, start):
            break
        if (text[start - 1] in CONJUNCTIONS and not text.startswith(STARTER_EXCEPTIONS, start - 1)
                and _after_name_or_post(text, start - 1)):
            break
        start -= 1
    return start


def posts_before(text: str, end: int) -> list[tuple[int, int]]:
    """The posts ending at `end`, joined by 、 or 兼 (区委副书记、常务副区长), first to last."""
    posts: list[tuple[int, int]] = []
    while True:
        title = title_at_end(text, end)
        if not title:
            break
        start = post_start(text, end - title, max(0, end - MAX_POST_CHARS))
        if text[start:end] in PLAIN_ROLES:
            break
        posts.append((start, end))
        if start == 0 or text[start - 1] not in _CHAIN_SEPARATORS:
            break
        end = start - 1
    return posts[::-1]


def _listed_names(text: str, end: int, repeated: str) -> Iterator[tuple[int, str]]:
    """Names listed after a name with 、 (谢小兵、顾斌、张文锦)."""
    while end < len(text) and text[end] in _LIST_SEPARATORS:
        name = name_at(text, end + 1, repeated, guess=False)  # a list item ends at 、 or the clause
        if not name:
            return
        yield end + 1, name
        end += 1 + len(name)


@cache
def _title_before_name() -> re.Pattern[str]:
    """Where a title is followed by what may start a name (a surname, maybe after one space): the only
    places worth a closer look, found in one pass instead of character by character. Compiled on
    first use, not on import, so that worker processes start fast."""
    return re.compile(_longest_first(sorted(TITLES)) + f"(?= ?{_NAME_OPENING})")


_NAME_OPENING = "[" + "".join(sorted(SURNAMES | {s[0] for s in COMPOUND_SURNAMES})) + "]"


@cache
def _title_end_before_name() -> re.Pattern[str]:
    """A title's last character before what may start a name: where none stands, no title does (a quicker
    look than the tree of titles, which is entered wherever a title may start)."""
    return re.compile("[" + "".join(sorted({title[-1] for title in TITLES})) + f"] ?{_NAME_OPENING}")


def _longest_first(words: list[str]) -> str:
    """A pattern matching any of `words`, as a tree of their shared beginnings: at each place the regular
    expression follows one branch instead of trying every word in turn. Where a word is the beginning of a
    longer one, the longer is tried first, so the pattern matches what the plain alternation of the words
    sorted longest first would (they all start at the same place, so longer means further along one path)."""
    branches: dict[str, list[str]] = {}
    ends_here = False
    for word in words:
        if word:
            branches.setdefault(word[0], []).append(word[1:])
        else:
            ends_here = True
    parts = [re.escape(char) + _longest_first(rest) for char, rest in branches.items()]
    if not parts:
        return ""
    return "(?:" + "|".join(parts) + ("|)" if ends_here else ")")


def posts_then_names(text: str, titles: list[re.Match[str]] | None = None) -> Iterator[Found]:
    """Every name with posts printed right before it (`titles`: where its pattern matches, when known)."""
    resume = 0
    for match in _title_before_name().finditer(text) if titles is None else titles:
        end = match.end()
        if end < resume:
            continue
        # 社区党委书记 姚家远: transcripts put a space between the post and the name.
        gap = 1 if text[end] == " " else 0
        if not (surname_length(text, end + gap) and title_at_end(text, end)):
            continue
        name = name_at(text, end + gap, text)
        posts = posts_before(text, end) if name else []
        if name and posts:
            spans = tuple(posts)
            yield Found(end + gap, name, spans)
            resume = end + gap + len(name)
            for start, listed in _listed_names(text, resume, text):
                yield Found(start, listed, spans)
                resume = start + len(listed)


def starting_points(text: str) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """Where `posts_then_names` and `names_then_posts` start from: the matches of their patterns (a title
    before what may start a name, an appointing verb), each text scanned once, in C. Mostly none: then
    neither finds anyone, for certain."""
    end = _title_end_before_name().search(text)
    # (no title ends before the first place one may end before a name: the tree is tried from the longest
    # title back from there, not from the text's start)
    titles = list(_title_before_name().finditer(text, max(0, end.start() + 1 - _LONGEST_TITLE))) if end else []
    # (mostly none: no iterator made then; the rest go on from the first)
    verb = APPOINTING.search(text) if may_appoint(text) else None
    return titles, [verb, *APPOINTING.finditer(text, verb.end())] if verb else []


def _names_ending_at(text: str, end: int) -> list[tuple[int, str]]:
    """Names (one, or a list joined by 、) that end at `end`, each opening its clause."""
    for length in (3, 2, 4):
        start = end - length
        if start < 0 or not surname_length(text, start):
            continue
        if start > 0 and not (PUNCT.match(text, start - 1)):
            continue
        if name_at(text, start, text) != text[start:end]:
            continue
        names = [(start, text[start:end])]
        if start > 0 and text[start - 1] in _LIST_SEPARATORS:
            names = _names_ending_at(text, start - 1) + names
        return names
    return []


def names_then_posts(text: str, verbs: list[re.Match[str]] | None = None) -> Iterator[Found]:
    """Names given a post by a verb: 郑国忠当选为镇长, 舒龙还成为了…的站长 (`verbs`: where they are, when known)."""
    for match in APPOINTING.finditer(text) if verbs is None else verbs:
        names = _names_ending_at(text, match.start())
        if not names:
            continue
        clause_end = match.end()
        while (clause_end < len(text) and not CLAUSE_END.match(text, clause_end)
               and clause_end - match.end() < MAX_POST_CHARS):
            clause_end += 1
        if not title_at_end(text, clause_end):
            continue
        start = max(match.end(), text.rfind("的", match.end(), clause_end) + 1)
        posts = posts_before(text, clause_end)
        spans = tuple((max(s, start), e) for s, e in posts if e > start) or ((start, clause_end),)
        for name_start, name in names:
            yield Found(name_start, name, spans)
