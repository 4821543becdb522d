"""People of an article: every named person the text gives a post to, with the posts as printed.

The grammar (grammar.py) finds names with posts in each field of the article; a person named
again later without the post is the same person, so people are keyed by name. The article's
own bylines are never people of the article: authors stay authors.
"""

from collections.abc import Callable, Iterable
from functools import lru_cache
from re import Match

from app.places.names import fold  # kept a moment: the tagger has just folded the same fields

from .grammar import Found, names_then_posts, posts_then_names, starting_points, title_at_end
from .model import Person, Post

PlaceOf = Callable[[str], str | None]  # org as printed → gazetteer code


def no_place(org: str) -> None:
    return None


def split_post(printed: str, folded: str, place_of: PlaceOf = no_place) -> Post:
    """常熟市副市长 → org 常熟市, title 副市长, and the code of 常熟市."""
    title = title_at_end(folded, len(folded))
    org = printed[: len(printed) - title].strip() or None
    return Post(printed, org, printed[len(printed) - title:], place_of(org or printed[len(printed) - title:]))


def extract_people(texts: Iterable[str | None], authors: Iterable[str] = (),
                   place_of: PlaceOf = no_place) -> list[Person]:
    """The people of an article from its fields (kicker, title, subtitle, body), in order of appearance."""
    skip: set[str] | None = None  # the bylines, folded once someone is found (most articles name nobody)
    people: dict[str, Person] = {}
    for printed in texts:
        if not printed:
            continue
        folded = fold(printed)
        titles, verbs = starting_points(folded)  # (most fields name nobody: a quick look passes them over)
        if not titles and not verbs:
            continue
        for item in _found(folded, titles, verbs):
            if skip is None:
                skip = {fold(name) for name in authors}
            if item.name in skip:
                continue
            name = printed[item.name_start:item.name_start + len(item.name)]
            person = people.setdefault(item.name, Person(name))
            place_code = None
            for start, end in item.posts:
                text = printed[start:end].strip()
                post = split_post(text, folded[start:end].strip(), place_of)
                # 区委副书记、组织部部长: a post joined to one with a place shares that place.
                place_code = post.place_code = post.place_code or place_code
                if text and all(known.text != text for known in person.posts):
                    person.posts.append(post)
    return [person for person in people.values() if person.posts]


def _found(folded: str, titles: list[Match[str]] | None = None, verbs: list[Match[str]] | None = None) -> list[Found]:
    return sorted([*posts_then_names(folded, titles), *names_then_posts(folded, verbs)], key=lambda f: f.name_start)


@lru_cache(maxsize=4096)  # a page's paragraphs are asked about again and again, as texts are joined and split
def names_in_folded(folded: str) -> frozenset[str]:
    """The names of `extract_people((text,))` for a text already folded (`fold(text) == text`, as the
    parser's paragraphs are): no second fold, no posts split or placed. Most texts name nobody: a quick
    look first (`grammar.starting_points`, whose matches the grammar then starts from) passes them over."""
    titles, verbs = starting_points(folded)
    if not titles and not verbs:
        return frozenset()
    return frozenset(item.name for item in _found(folded, titles, verbs)
                     if any(folded[start:end].strip() for start, end in item.posts))
