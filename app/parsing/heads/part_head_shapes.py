"""Part heads told by their shape, where the words under them would read them as an item's headline.

- Two spaced phrases naming no place (`凝聚合力 绘就乡村新画卷`, maybe printed on two lines) between the paragraphs
  of a running feature head its next part, even where their words come back in the text under them (`乡村新画卷` /
  `这幅乡村新画卷…`): a feature's part head says what the part tells, so it restates its text, and the next item's
  headline, of that shape, names the place its news happened in. Restating the text below is then no sign of a new
  article, as it is none under an interrupted article's rest (`similarity.heads_new_article`, `resumed`).
- A head closing with a dash and the name of whom its part tells (`发挥带头作用 打造示范效应—某某村志愿队`,
  `…——某某社区`), over text whose first sentence names that place (`走进某某村,…`): a report about several teams or
  villages heads each one's part so, even under a dateline (a news item's own headline names its subject first, and
  no item of its own opens under a dash). The place is the name's part up to its place word (`某某村` of
  `某某村志愿队`).
- A feature that numbers its part heads (`1、…`, `一、…`, `(一)…`) numbers every one of them: a head without a number
  printed after its numbered parts is no further part of it, but the title of the next item.
- A head closing with a column's word in brackets (`…一年宽过一年(山乡巨变)`) is an item's title: a paper tags its
  items with the column they run in, never the parts of one of them.
"""

import re

from ..shapes import ORDINAL_HEAD, heads_a_dated_part
from ..similarity import place_names

# (four to eight letters in brackets closing the head, no credit's word: `(山乡巨变)`)
_COLUMN_WORD_CLOSING = re.compile(r"\S\s*\((?![^()]*(?:记者|通讯员|摄|图))[\u3400-\u9fff]{4,8}\)\s*$")
# (one dash or two, then the name; the place inside it: two to six letters and a place word)
_DASH_AND_NAME = re.compile(r"(?:—{1,2}|-{2})\s*([\u3400-\u9fff]{2,6}?(?:村|社区|街道|镇|乡))[\u3400-\u9fff]{0,6}\s*$")


def spaced_part_head(folded: str) -> bool:
    """Two spaced phrases of a part head's shape (`shapes.heads_a_dated_part`) and no place named."""
    return len(folded.split()) == 2 and heads_a_dated_part(folded) and not place_names(folded)


def names_its_part_after_a_dash(head: str, opening: str) -> bool:
    """Does `head` (folded) close with a dash and a name whose place the first sentence of `opening` names?"""
    m = _DASH_AND_NAME.search(head)
    return m is not None and m.group(1) in opening.split("。", 1)[0]


def breaks_its_numbering(head_folded: str, host) -> bool:
    """The head carries no number while every part head the article printed before it does."""
    heads = [p.folded for p in host.paragraphs if p.section]
    return bool(heads) and not ORDINAL_HEAD.match(head_folded) and all(ORDINAL_HEAD.match(h) for h in heads)


def tags_its_column(folded: str) -> bool:
    """The head closes with its column's word in brackets, after words of its own."""
    return _COLUMN_WORD_CLOSING.search(folded) is not None
