"""A feature signed by its writers: two to four names alone in brackets, set apart by spaces, opening its text with no
outlet's word before them (`(张三 李四 王五)山坡上…`). The bracket reads as a dateline does (the names are the
writers', the text opens after it), but what it opens is a feature, not a short news item: the article keeps the
section heads it prints further down, as an article under a byline does."""

import re

from app.people.lexicon import SURNAME_LETTER

_NAME = SURNAME_LETTER + r"[\u3400-\u9fff]{1,2}"
# (a look-ahead: no dateline word before the bracket; the bracket itself is read as the dateline's names)
WRITERS_SIGNATURE = rf"(?=\((?:{_NAME}\s){{1,3}}{_NAME}\)\s*[^\s(])"
_SIGNED = re.compile(r"^\s*" + WRITERS_SIGNATURE)


def signs_a_feature(folded: str) -> bool:
    """`(张三 李四)山坡上…`: the line opens with its writers' names alone in brackets."""
    return _SIGNED.match(folded) is not None
