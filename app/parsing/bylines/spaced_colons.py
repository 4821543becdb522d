"""A role's label with its colon set apart by spaces (`作者 : 张三`, `本报记者 :张三`), as a site's page template prints
its author field: the spaces around the colon are the template's, the label and the name a byline's, read as
`作者:张三` is. The colon is closed up in both copies of the line alike, so names are still cut where the folded copy
finds them."""

import re

_SPACED_COLON = re.compile(r"^(\s*[\u3400-\u9fff]{0,12}?(?:作者|记者|通讯员|撰稿|撰文))\s+:\s*(?=\S)")


def closed_up(printed: str, folded: str) -> tuple[str, str] | None:
    """`作者 : 张三` -> (`作者:张三`, its folded copy), or None when the line opens on no spaced label colon."""
    m = _SPACED_COLON.match(folded)
    if m is None:
        return None
    return printed[:m.end(1)] + ":" + printed[m.end():], folded[:m.end(1)] + ":" + folded[m.end():]
