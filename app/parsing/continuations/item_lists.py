"""An item's own list of places, a paragraph each opening with the place's name and a colon (`东村:…`,
`西村:…`): a paragraph of that list, two or more alike, printed in the item's text is the item's, not the
tail of an article the item interrupted (`reunite`), nor the piece that finishes that article's open
sentence (a sentence left open does not go on with a name and a colon)."""

import re

from ..drafts import Paragraph

# `某某村:`, `某某社区:`: a place's name of a village, neighbourhood or town as the paragraph's label
_PLACE_LABEL = re.compile(r"^\s*[\u3400-\u9fff]{1,8}?(村|社区|居委会|镇|乡|街道|庄|屯)\s*:")


def goes_on_with_list(paragraphs: list[Paragraph], k: int) -> bool:
    """Is paragraph k one of a list: it opens with a place's label of the kind the next paragraph or one
    above it (the lead apart) opens with?"""
    label = _PLACE_LABEL.match(paragraphs[k].folded)
    return label is not None and any((other := _PLACE_LABEL.match(p.folded)) is not None and other[1] == label[1]
                                     for p in paragraphs[1:k] + paragraphs[k + 1:k + 2])
