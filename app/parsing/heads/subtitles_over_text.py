"""A subtitle printed under its title as a line of text: a clause ending without a mark
(`在理念、政策、体制上不断创新,某地在美丽乡村建设中,走在了全国前面`), right under a title that opens its
block, over text whose first words only ever open a sentence (`如果不是…`, `近年来,…`). A sentence the
column broke does not resume with a sentence's first words, so the line does not run on into that text:
it is the last line of the headline group, the title's subtitle. So is such a clause over a dateline paragraph
(`本报讯(记者 …)…`), however the column wrapped it: the dateline opens the article's text, and no text stands
between a headline and its dateline. Every line apart, the clause's column-wide line and the short rest under it
are put back into one piece first, where they touch (`kickers_apart` does so for a long kicker)."""

import re

from ..kinds import Kind
from ..line_joins import join_lines

MIN_SUBTITLE_CHARS = 10  # shorter lines under a title are read by the headline rules
MAX_SUBTITLE_CHARS = 60  # (as long as a kicker may be)
# (or a year and the time it sets, then the clause's comma: `2019年开春时,`, `2020年春天,`)
_OPENS_SENTENCE = re.compile(r"^\s*(?:如果|假如|虽然|尽管|无论|不论|只要|每当|每逢|近年来|今年以来|据悉|据了解"
                             r"|\d{4}年[\u3400-\u9fff]{0,6},)")


def settle_subtitles_over_text(items: list) -> None:
    """Make a text line printed as a title's subtitle (see module doc) a line of the headline group."""
    for i in range(1, len(items) - 1):
        _join_wrapped_over_dateline(items, i)
        if i + 1 >= len(items):
            break
        title, line, below = items[i - 1], items[i], items[i + 1]
        if (title.kind is Kind.HEADLINE and not title.weak and (i == 1 or items[i - 2].kind is not Kind.HEADLINE)
                and line.kind is Kind.PARAGRAPH and line.gap_before < 2
                and not line.finished and "。" not in line.folded
                and MIN_SUBTITLE_CHARS <= len(line.folded.strip()) <= MAX_SUBTITLE_CHARS and below.gap_before < 2
                and (below.kind is Kind.DATELINE or (line.first == line.last and below.kind is Kind.PARAGRAPH
                                                     and _OPENS_SENTENCE.match(below.folded)))):
            line.kind, line.parts = Kind.HEADLINE, [line.printed]


def _join_wrapped_over_dateline(items: list, i: int) -> None:
    """Every line apart: a cut line under a title, its short rest, then a dateline -> the two lines as one piece."""
    line = items[i]
    if (line.kind is Kind.PARAGRAPH and line.cut and i + 2 < len(items) and items[i - 1].kind is Kind.HEADLINE
            and items[i + 2].kind is Kind.DATELINE and items[i + 1].gap_before <= 1 and not items[i + 1].cut
            and items[i + 1].kind in (Kind.PARAGRAPH, Kind.HEADLINE)
            and len(line.folded.strip()) + len(items[i + 1].folded.strip()) <= MAX_SUBTITLE_CHARS):
        join_lines(items, i, i + 1)
