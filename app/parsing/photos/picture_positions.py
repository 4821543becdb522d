"""`张三(左一)在…`, `…(右二)…`: a sentence placing the people it names in a picture (left, right, front, middle)
describes a photo. Right over a photo's credit at the end of an article, such a paragraph is that photo's caption,
cut out as a photo of its own, even where every line of the page stands apart and nothing else sets it off."""

import re

from ..shapes import PICTURE_POSITION

_PLACE_IN_PICTURE = re.compile(PICTURE_POSITION)


def places_people_in_the_picture(folded: str) -> bool:
    """Does the text place someone in a picture (`…(左一)…`)?"""
    return _PLACE_IN_PICTURE.search(folded) is not None
