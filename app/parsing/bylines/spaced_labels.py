"""A credit line whose label a page prints spaced out: its colon set apart by spaces (`作者 : 张三`, `本报记者 :张三`),
as a site's page template prints its author field, or its role word spaced letter by letter to the width of the
credit line above it (`通 讯 员 张三 李四` under `□ 本报记者 王五 赵六`, `实 习 生 张三`), as a paper's box prints its
second line. The spaces are the layout's, the label and the names a byline's, read as `作者:张三` and `通讯员 张三 李四`
are. The spaces are closed up in both copies of the line alike, so names are still cut where the folded copy finds
them."""

import re

_SPACED_COLON = re.compile(r"^(\s*[\u3400-\u9fff]{0,12}?(?:作者|记者|通讯员|撰稿|撰文))(\s+:\s*)(?=\S)")
_SPACED_ROLE = re.compile(r"^(\s*)(通\s+讯\s+员|实\s+习\s+生)(?=\s)")


def closed_up(printed: str, folded: str) -> tuple[str, str] | None:
    """`作者 : 张三` -> (`作者:张三`, its folded copy); `通 讯 员 张三` -> (`通讯员 张三`, …); None when the line
    opens on neither."""
    if m := _SPACED_COLON.match(folded):
        start, end, closed = m.start(2), m.end(2), ":"
    elif m := _SPACED_ROLE.match(folded):
        start, end, closed = m.start(2), m.end(2), "".join(m.group(2).split())
    else:
        return None
    return printed[:start] + closed + printed[end:], folded[:start] + closed + folded[end:]
