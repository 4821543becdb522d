"""A picture's credit naming one person as its giver, alone in brackets on a line of its own (`(张三供图)`), as a
county's media centre prints it under a caption: a person's name (two or three letters opening with a surname)
before `供图` is who supplied the picture, as `张三 摄` names who took it, so the line is a photo's credit naming
its giver. An office's, a unit's or a place's (`(某某镇供图)`, `(县委宣传部供图)`) names no one and stays a
supplied credit."""

import re

from ..bylines.credits import bare_name

_GIVER = re.compile(r"^\s*\(\s*([\u3400-\u9fff]{2,3})\s*供图\s*\)\s*$")
_BODY_ENDINGS = tuple("镇乡村县区市局办委部站所队社馆院校厂司会")  # (the last letter of an office's or place's name)


def giver_names(printed: str, folded: str) -> list[str] | None:
    """`(张三供图)` -> [张三]; None for any other line."""
    m = _GIVER.match(folded)
    if m is None or not bare_name(m.group(1)) or m.group(1).endswith(_BODY_ENDINGS):
        return None
    return [printed[m.start(1):m.end(1)]]
