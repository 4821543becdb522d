"""What a closing credit in brackets says of the work after its writers' names, which names no one: `文/摄`, `图/文`,
`文图` (the writers took the pictures too, `文图` even glued to a name by a line break), and a note of who supplied
the pictures (`(张三 李四 文 图片由某某村提供)`: the writers wrote the text, a village, a body or an office sent the
pictures). Taken off before the names are read.

A credit line of its own under a text (`记者张三文/摄`) marked so names whom the text is by, not only who took a
picture printed in it: the article's writer (`credits_the_writing`). One naming the outlet alone before its mark
(`新华社 图/文`, `本报 文/图`) closes the text it made and names no one (`outlet_made_the_work`)."""

import re

WORK_MARK = re.compile(r"\s+(?:文\s*/\s*[摄图]|图\s*/\s*文)\s*$|\s*文图\s*$"
                       r"|(?:\s+文)?\s+图片由[^()\s]{2,16}提供\s*$")

_WRITING_MARK = re.compile(r"文\s*/\s*[摄图]\s*$|图\s*/\s*文\s*$|文图\s*$")


def credits_the_writing(folded: str) -> bool:
    """`记者张三文/摄`, `张三 图/文`: a credit line whose mark says its names wrote the text too."""
    return _WRITING_MARK.search(folded) is not None


# (a wire service or the paper itself: 新 and 本 open persons' names too, so the word is read whole)
_OUTLET_WORK = re.compile(r"^\s*(?:新华社|中新社|本报|本刊|本网)\s*(?:文\s*/\s*[摄图]|图\s*/\s*文)\s*$")


def outlet_made_the_work(folded: str) -> bool:
    """`新华社 图/文` on its own line: the outlet's credit for the words and the picture, naming no one."""
    return _OUTLET_WORK.match(folded) is not None
