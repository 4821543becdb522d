"""A picture credited to an outlet, not a person: `图/新华社`, `圖/某某日报`, on a line of its own.

Papers that run an agency's pictures credit them `图/` and the agency's name, as they credit their own
reporters' `图/张三`. The name after the slash is an outlet's (a news agency's `…社`, a paper's `…报`, a
site's `…网`, a station's `…台`), so the line names no one who wrote or took anything: it is a picture
credit naming nobody, like `资料图片`, wherever it stands (under a lead, under a caption). Read as a
closing credit, the outlet became a third author and the text below a headless article.

A news agency's picture sent out to the papers is credited `新华社发` (`中新社发`) on a line of its own when the agency
names no photographer: the agency's name and `发`, sent out by it. No headline or sentence is the name of an agency
and `发` alone, so the line is a picture credit naming nobody, under its caption like `资料图片`. Read as a headline,
it titled the text below as an article of its own.
"""

from __future__ import annotations

import re

_AGENCY_PICTURE = re.compile(r"^\s*图\s*[/／∕╲\\]\s*[\u3400-\u9fff]{1,10}?(?:社|报|网|台)\s*$")
AGENCY_NAME_CHARS = (1, 6)  # `新华`, `中新`: an agency's name before `社发`


def credits_an_outlets_picture(folded: str) -> bool:
    """`图/新华社` or `新华社发` (folded): a picture credit naming an outlet alone."""
    if folded[:1] == "图":
        return _AGENCY_PICTURE.match(folded) is not None
    line = folded.strip()
    name = line.removesuffix("社发")  # (`新华社发`: the agency sent the picture out; looked at without a pattern)
    return (name != line and AGENCY_NAME_CHARS[0] <= len(name) <= AGENCY_NAME_CHARS[1]
            and all("\u3400" <= c <= "\u9fff" for c in name))
