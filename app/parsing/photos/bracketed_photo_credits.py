"""A titled photo credited by its photographers' names alone in brackets, on a line of their own (`(宋雨 白桦)`).

A short news item closes so too (`……。(宋雨)`), so the bracket alone does not tell. What does is the caption's
first sentence: the moment the picture caught, dated by the day alone and told in one short clause of who does what
(`9日,白沙镇的保洁员在清理河道。`). A report's first sentence says what happened and who said so, and dates it by month
and day or by `近日`; a caption takes the month from the page it is printed on. One paragraph under a title with no
dateline and no byline, opening so and closed by the bracketed names with nothing after them in the same block,
is a titled photo, its names the photographers."""

import re

from ..drafts import Draft

# `(宋雨 白桦)`: two names, each of two or three letters, alone in brackets
_BRACKETED_NAMES = re.compile(r"^\s*[((]\s*[\u3400-\u9fff]{2,3}(?:\s+[\u3400-\u9fff]{2,3})+\s*[))]\s*$")
# `9日,…。`, `9日上午,…。`: the day alone, then the moment in one short clause
_DAY_MOMENT = re.compile(r"^\s*\d{1,2}日(?:[上下中]午|早上|晚上)?,[^,。!?;]{6,30}。")


def closes_a_titled_photo(owner: Draft, credit: str, next_gap: int | None) -> bool:
    """Does the bracketed credit line `credit` close a titled photo, `owner` its title and caption, `next_gap`
    the blank lines before the next item (None at the page's end)?"""
    return (bool(owner.headline) and len(owner.paragraphs) == 1 and not owner.dateline and not owner.authors
            and not owner.paragraphs[0].section and (next_gap is None or next_gap >= 1)
            and _BRACKETED_NAMES.match(credit) is not None
            and _DAY_MOMENT.match(owner.paragraphs[0].folded) is not None)
