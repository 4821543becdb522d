"""A column's name printed as part of a headline, with no brackets around it.

`新春走基层` alone over a title is the column the report runs in, its kicker: the `走基层` family of columns
(`新春走基层`, `蹲点走基层`, `节日走基层`) is a set name papers print over their reports, not a title; so are the
reporter's own notes (`记者手记`, `采访手记`, `编辑札记`), a kind of piece a paper labels over its title, never a
title itself (it says what the piece is, not what happened). A column's name set after the title with a `丨` bar
(`…,等你加入丨新春走基层`) marks the line as a headline, whatever commas it holds: the bar divides a headline's
parts, never a sentence's. A paper's special page named alone (`某某农村报专版`, `某某日报特刊`) over a title is
where the report ran, its kicker: a title says what happened, never which paper's page it fills. A series' line, a
campaign's slogan and the series' own name joined by a middle dot (`喜迎二十大·“十”光流转`,
`奋进新征程·乡村振兴篇`), over a title is the series the report runs in, its kicker: a title says what happened in
one phrase, and the dot between two names of a series parts no clause of it (a foreign name's dot stands between
letters of one name, never between two phrases of four letters or more)."""

import re

from app.text import all_han

_COLUMN_NAME = re.compile(r"^\s*(?:[\u3400-\u9fff]{0,4}走基层|(?:记者|编辑|采访|蹲点)(?:手记|札记|观察)"
                          r"|[\u3400-\u9fff]{1,10}(?:报|刊)(?:专版|专刊|特刊|副刊|周刊))\s*$")
_COLUMN_BAR = re.compile(r"[^丨|]{2,}\s*[丨|]\s*[\u3400-\u9fff·]{2,10}\s*$"
                         r"|^\s*[\u3400-\u9fff·]{2,10}\s*[丨|]\s*[^丨|]{2,}")


def is_column_name(folded: str) -> bool:
    """`新春走基层`, `喜迎二十大·“十”光流转`: a line that is a known column's or a series' name alone."""
    return _COLUMN_NAME.match(folded) is not None or ("·" in folded and _names_a_series(folded))


SERIES_NAME_CHARS = (4, 10)  # letters of each of a series line's two names


def _names_a_series(folded: str) -> bool:
    """`喜迎二十大·“十”光流转`: a slogan and a series' name of four to ten letters each (quotes aside), one dot between
    (told without a pattern: one over these letters costs more to compile than the parse spends asking it)."""
    parts = [part.strip() for part in folded.split("·")]
    return len(parts) == 2 and all(
        SERIES_NAME_CHARS[0] <= len(letters := part.translate(_QUOTES)) <= SERIES_NAME_CHARS[1]
        and all_han(letters) and (k == 1 or letters == part)
        for k, part in enumerate(parts))


_QUOTES = str.maketrans("", "", "“”‘’")


def joins_a_column(folded: str) -> bool:
    """`…等你加入丨新春走基层`, `新春走基层丨…`: a headline and its column's name joined by a bar."""
    return _COLUMN_BAR.search(folded) is not None
