"""A series' label over a title that carries its quoted catchword (`田野新事` over `小山村的梨子“出远门”`,
`山乡回声` over `走出大山 阿妹把果子卖“火了”`): two headline lines, the first a short run of words alone (no
quotation, no punctuation, no figure), the second longer, a phrase holding a quoted word of a few letters inside it.
The line with the catchword is the title, the label above it the kicker: a subtitle tells more of its title in
plain words, it does not carry the headline's catchword while its title carries none."""

import re

from ..lines import Item, printed_len

_LABEL = re.compile(r"^[\u3400-\u9fff·]{3,8}$")  # (words alone: no quotation, no punctuation, no figures)
_CATCHWORD_INSIDE = re.compile(r"^[^“”]*[\u3400-\u9fff][^“”]*“[\u3400-\u9fff]{2,6}”[^“”]*$")


def label_over_catchword_title(units: list[Item]) -> bool:
    above, below = units[0].folded.strip(), units[1].folded.strip()
    return (_LABEL.match(above) is not None and _CATCHWORD_INSIDE.match(below) is not None
            and "——" not in below and printed_len(below) > printed_len(above) + 2)
