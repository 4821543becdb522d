"""Names a credit prints run together with no space between them (`张明李晓华`, `(张明魏晓华 摄)`, three after one role
word: `通讯员张明李晓王小红记者…`).

A reader cuts the letters into names of two or three letters, each opening with a surname. Most runs cut one way only.
Where two cuts both give names (`张鸿魏玉萍`: `张鸿 魏玉萍`, or `张鸿魏 玉萍`, 玉 being a surname too), the reader takes
the one whose every name opens with a common surname: a rare surname's letter is far more often part of a given name
(`…玉萍`) than the start of a name. A run of names that cuts more ways than that, or none, is left whole."""

from app.people.lexicon import COMMON_SURNAMES, COMPOUND_SURNAMES, SURNAMES
from app.text import all_han

MAX_RUN_NAMES = 4  # names a credit runs together after one role word, at most
_NAME_LENGTHS = (2, 3)


def name_cuts(token: str) -> tuple[int, ...]:
    """Where a run of two names or more splits (`张明李晓华` -> (2,)), or () when it splits no one way."""
    if not (4 <= len(token) <= MAX_RUN_NAMES * 3 and all_han(token)) or token[:2] in COMPOUND_SURNAMES:
        return ()
    readings = list(_readings(token, 0))
    if len(readings) > 1:
        readings = [r for r in readings if all(token[at] in COMMON_SURNAMES for at in (0, *r))]
    return readings[0] if len(readings) == 1 else ()


def _readings(token: str, start: int):
    """Every cut of token[start:] into names of two or three letters opening with a surname (the ends but the last)."""
    for length in _NAME_LENGTHS:
        end = start + length
        if end > len(token) or token[start] not in SURNAMES:
            continue
        if end == len(token):
            yield ()
        else:
            yield from ((end, *rest) for rest in _readings(token, end) if len(rest) + 2 <= MAX_RUN_NAMES)
