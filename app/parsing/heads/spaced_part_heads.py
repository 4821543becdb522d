"""A head of two spaced phrases naming no place (`党建引领 激活基层治理新效能`, maybe printed on two lines) between the
paragraphs of a running feature heads its next part, even where its words come back in the text under it
(`基层治理` / `乡村治理是…`): a feature's part head says what the part tells, so it restates its text, and the next
item's headline, of that shape, names the place its news happened in. Restating the text below is then no sign of a new
article, as it is none under an interrupted article's rest (`similarity.heads_new_article`, `resumed`)."""

from ..shapes import heads_a_dated_part
from ..similarity import place_names


def spaced_part_head(folded: str) -> bool:
    """Two spaced phrases of a part head's shape (`shapes.heads_a_dated_part`) and no place named."""
    return len(folded.split()) == 2 and heads_a_dated_part(folded) and not place_names(folded)
