"""A short caption and its photographer on one line, set apart by a space (`村民在晒谷 张三 摄`).

Pictures inside a text are often printed so: a few words on what the picture shows, no full stop, then
the photographer and `摄`. Read whole, the line is headline-shaped (short, unfinished), so a feature
lost it as a section head or a photo as its title. Its last words are the credit when each is a name
of two or three characters opening with a surname, and the words before them are no names and no role
(`本报记者 张三 摄` is a credit alone, `张三 李四 摄` two photographers)."""

import re

from ..bylines.credits import bare_name, has_role_word

_SHORT_CAPTION_CREDIT = re.compile(
    r"^\s*(\S[^。!?]{1,28}?)\s+((?:[\u3400-\u9fff]{2,3}\s+){0,2}[\u3400-\u9fff]{2,3})\s*摄\s*$")


def short_caption_credit(folded: str) -> re.Match[str] | None:
    """The match of a `caption name 摄` line (group 1 the caption, group 2 the names), or None."""
    if not folded.rstrip().endswith("摄"):
        return None  # (every headline is asked: most end otherwise)
    m = _SHORT_CAPTION_CREDIT.match(folded)
    if m is None or not all(bare_name(name) for name in m.group(2).split()):
        return None
    caption = m.group(1)
    if has_role_word(caption) or all(bare_name(token) for token in caption.split()):
        return None
    return m
