"""A closing credit in brackets that names the writers after their mark and then the page's staff (`……。(文 张三 李四
编辑 王五)`), as a broadcaster's site closes its reports: the writers' part is the article's credit, the staff's part
(`编辑 …`, `责任编辑:…`, `审核 …`) names who edited it, no writer. Only the writers' part is read for names; the whole
bracket is still cut from the text."""

import re

from .roles import STAFF_ROLES

_WRITERS_MARK = re.compile(r"^\s*(?:文|撰文|撰稿|文/图|图/文|文图)\s*[:/]?\s*(?=[\u3400-\u9fff])")
_STAFF = "|".join(sorted(STAFF_ROLES, key=len, reverse=True))
_STAFF_TAIL = re.compile(rf"\s+(?:{_STAFF})\s*:?\s*[\u3400-\u9fff]{{2,4}}(?:[\s、]+[\u3400-\u9fff]{{2,4}})*\s*$")


def writers_part(inner: str) -> str:
    """`文 张三 李四 编辑 王五` -> `文 张三 李四`; any other bracket's words as they are."""
    if _WRITERS_MARK.match(inner) is None:
        return inner
    m = _STAFF_TAIL.search(inner)
    return inner[:m.start()] if m is not None and m.start() > 0 else inner
