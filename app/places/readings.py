"""The readings some copying sites print in brackets after a character of several readings (鎮(zhèn), 區(qū)).

A reading is no text of the article's. Between a town and its village, or a zone and its town, it stands between
two names; inside a name (鎮(zhèn)江博物館, 嘉定鎮(zhèn)街道) it cuts the name in two, so names are found in the text
as read without its readings (镇江, 嘉定镇街道) and placed back where the page writes them.
"""

import re
from typing import Protocol

# A bracketed reading: a syllable's letters, tone marks and all (zhèn, qū, de); full-width brackets are folded to
# these.
_READING = re.compile(r"\([a-zü\u00e0-\u01dc]{1,6}\)")


def without_readings(text: str) -> str:
    """`text` without the bracketed readings in it (長(zhǎng)青社區(qū) → 長青社區)."""
    return _READING.sub("", text) if "(" in text else text


def past_reading(text: str, at: int) -> int:
    """`at`, or the end of a bracketed reading that starts there."""
    if not text.startswith("(", at):  # the text is folded: a full-width bracket is one too
        return at
    reading = _READING.match(text, at)
    return reading.end() if reading else at


def read_apart(text: str) -> tuple[str, list[int]] | None:
    """`text` without its readings, and where each of its characters stands in `text` (and, last, the end of
    `text`); None when `text` holds no reading (most texts)."""
    if "(" not in text:
        return None
    kept: list[int] = []
    at = 0
    for reading in _READING.finditer(text):
        kept.extend(range(at, reading.start()))
        at = reading.end()
    if not at:
        return None
    kept.extend(range(at, len(text) + 1))
    return "".join(text[i] for i in kept[:-1]), kept


class Written(Protocol):
    """A name as the text writes it (matching.NameMatch): its field, where it stands, and the field's folded text."""

    field: str
    start: int
    end: int
    folded: str


def back_to_back(first: Written, then: Written) -> bool:
    """Whether the name `then` follows right on the name `first` in their field, a bracketed reading between them
    or not (淮陽區(qū)鄭集鄉: the county and its town, one address), or ends where it does (吴中木渎: one name for
    both)."""
    return first.field == then.field and (
        first.end == then.end or then.start in (first.end, past_reading(then.folded, first.end)))
