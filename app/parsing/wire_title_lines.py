"""A wire's slug line: its dateline, then `题:` and the story's title again (`某社某地2月4日电 题:…`), printed
under the title and over the writer's line. It carries no text of the story: the text begins under the
writer's line, so the line is read as neither a dateline nor a paragraph."""

import re

_TITLE_AGAIN = re.compile(r"\s*题\s*:")


def repeats_the_title(folded: str, dateline_end: int) -> bool:
    """After a dateline ending at `dateline_end`, only `题:` and a title follow."""
    return _TITLE_AGAIN.match(folded, dateline_end) is not None
