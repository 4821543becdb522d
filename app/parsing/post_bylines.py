"""A signed piece's byline under its title: the writer's posts joined by `、`, a space, then the name
(`某某区委副书记、某某镇党委书记 张三`), as an official signs the piece a paper prints in a column of views.
Each post ends with a post's title (书记, 镇长, 主任 …, the titles the people finder reads) after the office
that holds it, and the name after the space opens with a surname: a list of posts and a name is the
shape of no headline, so the line credits the name, like `□ 本报记者 张三`."""

import re

from app.people.lexicon import SURNAMES, TITLES

_LINE = re.compile(r"^\s*([\u3400-\u9fff、]{4,60}?)\s+([\u3400-\u9fff]{2,3})\s*$")


def post_byline_names(printed: str, folded: str) -> list[str] | None:
    """`某某镇党委书记 张三` -> ['张三']; None for any other line."""
    m = _LINE.match(folded)
    if m is None or m.group(2)[0] not in SURNAMES:
        return None
    if not all(_a_post(post) for post in m.group(1).split("、")):
        return None
    return [printed[m.start(2):m.end(2)]]


def _a_post(post: str) -> bool:
    """An office's name and its title (`沼山镇党委书记`): a title alone (`书记`) is a word of a sentence too."""
    return any(post.endswith(title) and len(post) >= len(title) + 2 for title in TITLES)
