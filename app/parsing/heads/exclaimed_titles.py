"""A title made of exclamations alone (`好看“柳河”!来这里“避暑”!`): two or three short calls each closed by `!`,
quoted words among them, no comma and no full stop, printed under a short headline line and over the text. A lead
paragraph is not so short and does not call out twice without a comma; a short headline line over it is its
kicker (a series' label, `“乡”约某某`). So the line is the title of the group, not the first paragraph of the text."""

import re

from ..kinds import Kind

# two or three calls of two to sixteen letters, each closed by `!` (no comma, stop or question inside)
_CALLS = re.compile(r"^\s*(?:[^。,;:!?…]{2,16}!){2,3}\s*$")
_MAX_TITLE = 32  # letters of the whole line
_MAX_KICKER = 12  # letters of the headline line above it


def settle_exclaimed_titles(items: list) -> None:
    """Paragraph items that are such a title (see module doc) turned into headlines."""
    for i in range(1, len(items) - 1):
        item, above, below = items[i], items[i - 1], items[i + 1]
        if (item.kind is Kind.PARAGRAPH and item.first == item.last and above.kind is Kind.HEADLINE
                and (i < 2 or items[i - 2].kind is not Kind.HEADLINE) and below.kind is Kind.PARAGRAPH
                and len(item.folded.strip()) <= _MAX_TITLE and len(above.folded.strip()) <= _MAX_KICKER
                and "“" in item.folded and _CALLS.match(item.folded)):
            item.kind, item.parts = Kind.HEADLINE, [item.printed.strip()]


def label_over_exclaimed_title(units: list) -> bool:
    """Two headline lines, a short one over such a title of calls: the short one is the kicker (`headlines.compose`)."""
    above, below = units[0].folded.strip(), units[1].folded.strip()
    return (len(above) <= _MAX_KICKER and len(below) <= _MAX_TITLE and "“" in below
            and _CALLS.match(below) is not None and len(below) > len(above))
