"""A one-sentence line telling people at work in this very moment (`梨农正在给梨子套袋。`, `工人们正在装车`), printed
between a headline and its text with a photo's credit right under it: a picture's moment, its caption, not the
article's lead, even where it shares the headline's words. A lead tells the news (who, where, when, what came of
it); a caption says what the picture shows its people doing now. Only a short sentence with the people first
(named by their trade, `果农`, `工人`, `村民`, or as a group, `…们`) and `正在` after them qualifies."""

import re

from ..shapes import sentence_ends

PICTURE_MOMENT_CHARS = 40  # a caption's one sentence; a lead's paragraph runs longer
_PEOPLE_AT_WORK = re.compile(r"^\s*[\u3400-\u9fff]{0,4}(?:农|民|工|们|员|户|客)(?:\([^()]{1,4}\))?"
                             r"正在[^。!?]{2,30}。?\s*$")


def picture_moment(folded: str) -> bool:
    text = folded.strip()
    return (len(text) <= PICTURE_MOMENT_CHARS and sentence_ends(text) <= 1
            and _PEOPLE_AT_WORK.match(text) is not None)
