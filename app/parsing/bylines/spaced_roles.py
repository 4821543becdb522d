"""A role word spaced out letter by letter to the width of the credit line above it (`通 讯 员 张三 李四` under
`□ 本报记者 王五 赵六`, `实 习 生 张三`), as a paper's box prints its second line: the spaces are the box's, the word is
the role, read as `通讯员 张三 李四` is. The spaces are cut from both copies of the line alike, so names are still cut
where the folded copy finds them."""

import re

_SPACED_ROLE = re.compile(r"^(\s*)(通\s+讯\s+员|实\s+习\s+生)(?=\s)")


def closed_up_role(printed: str, folded: str) -> tuple[str, str] | None:
    """`通 讯 员 张三` -> (`通讯员 张三`, its folded copy), or None when the line opens on no spaced role word."""
    m = _SPACED_ROLE.match(folded)
    if m is None:
        return None
    role = "".join(m.group(2).split())
    return printed[:m.start(2)] + role + printed[m.end(2):], folded[:m.start(2)] + role + folded[m.end(2):]
