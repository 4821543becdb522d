"""A wire's slug line: its dateline, then `题:` and the story's title again (`某社某地2月4日电 题:…`), printed
under the title and over the writer's line. It carries no text of the story: the text begins under the
writer's line, so the line is read as neither a dateline nor a paragraph. A wire's dateline with only its
writer after it (`某社某地10月5日电 某社记者张三`) is the byline of a text that begins on the lines below
(a photo's caption and credit may stand between): the writer is the author, and the line opens no body."""

import re

from .credits import box_byline_names

_TITLE_AGAIN = re.compile(r"\s*题\s*:")


def repeats_the_title(folded: str, dateline_end: int) -> bool:
    """After a dateline ending at `dateline_end`, only `题:` and a title follow."""
    return _TITLE_AGAIN.match(folded, dateline_end) is not None


def writer_alone(printed: str, folded: str, dateline_end: int) -> list[str] | None:
    """After a dateline ending at `dateline_end`, only the writer's role and name: the names, else None."""
    rest = folded[dateline_end:]
    return box_byline_names(printed[dateline_end:], rest) if 0 < len(rest.strip()) <= 20 else None
