"""A short line of a label, a colon and one question or exclamation (`某地某县:某某村缘何叫“某某”?`): the label names
the subject, the question asks it, the shape of a headline. A sentence the column broke does not go on so: no
sentence's rest opens on a few letters and a colon and asks its question in the same short line (a speaker's words
after `说:` open on a quotation mark)."""

import re

# a label of two to six letters, its colon, then one short clause closed by `?` or `!` (not a quotation opening)
_LABEL_AND_QUESTION = re.compile(r"^\s*[\u3400-\u9fff]{2,6}\s*:\s*(?![“‘\"])[^:,。;!?]{3,20}[?!]\s*$")


def asks_under_a_label(folded: str) -> bool:
    """Is the (folded) line a label, its colon and one short question or exclamation?"""
    return ":" in folded and _LABEL_AND_QUESTION.match(folded) is not None
