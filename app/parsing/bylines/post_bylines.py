"""A signed piece's byline under its title: the writer's posts joined by `、`, a space, then the name
(`某某区委副书记、某某镇党委书记 张三`), as an official signs the piece a paper prints in a column of views.
Each post ends with a post's title (书记, 镇长, 主任 …, the titles the people finder reads) after the office
that holds it, and the name after the space opens with a surname: a list of posts and a name is the
shape of no headline, so the line credits the name, like `□ 本报记者 张三`.

A reader's letter or a grassroots worker's diary is signed the same way with where the writer lives, and maybe the
post held there: places down to a village, each ending in its unit (`某省某某市`, `某某县某某镇某某村网格员`), a
space, then the name. A chain of places ending in its unit word and a name spaced from it is no headline's shape
either (a headline names a place inside a phrase), so the line credits the name."""

import re

from app.people.lexicon import SURNAMES, TITLES

# Administrative units a writer's place ends in, and a post held there ending in 员 (`网格员`, `信息员`).
_UNITS = "省市县区州盟旗镇乡村"
_WRITERS_PLACE = re.compile(rf"^(?:[\u3400-\u9fff]{{2,8}}?[{_UNITS}]){{1,5}}(?:[\u3400-\u9fff]{{1,4}}员)?$")
_TITLE_ENDS = frozenset(title[-1] for title in TITLES) | frozenset(_UNITS + "员")  # (a first look: the last character)
_POSTS_CHARS = 60


def post_byline_names(printed: str, folded: str) -> list[str] | None:
    """`某某镇党委书记 张三` -> ['张三']; None for any other line."""
    parts = folded.split()
    if len(parts) != 2 or parts[0][-1] not in _TITLE_ENDS or not 2 <= len(parts[1]) <= 3 or parts[1][0] not in SURNAMES:
        return None
    posts, name = parts
    if len(posts) > _POSTS_CHARS or not all(_is_han(c) for c in posts + name if c != "、"):
        return None
    if not all(_a_post(post) for post in posts.split("、")) and not _WRITERS_PLACE.match(posts):
        return None
    if name[-1] in _UNITS:  # (`某某乡 某家村`: two places, no name)
        return None
    return [printed.split()[1]]


def _is_han(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff"


def _a_post(post: str) -> bool:
    """An office's name and its title (`沼山镇党委书记`): a title alone (`书记`) is a word of a sentence too."""
    return any(post.endswith(title) and len(post) >= len(title) + 2 for title in TITLES)
