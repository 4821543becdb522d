"""Every line apart, a long kicker the column wrapped (`某某记者跟随采访团走进某某乡间,看乡村` / `新貌、产业发展——`)
stands as lines as wide as the column and a last shorter line ending in `——` or `:`, right over a headline. Read
line by line the wide lines look like text going on; where the lines touch they are one piece, which the page's
long-kicker rule reads. So, apart, the run is put back together into that one piece when it opens after finished
text (or the page's top) and its last line leads into the headline under it, as only a kicker does."""

from ..kinds import Kind
from ..line_joins import join_lines
from ..shapes import KICKER_END


def join_kickers_apart(items: list) -> None:
    """Join each run of cut lines and a last line ending in `——` or `:`, over a headline, into one piece."""
    i = 0
    while i < len(items):
        before = items[i - 1] if i > 0 else None
        if (items[i].kind is not Kind.PARAGRAPH or not items[i].cut
                or before is not None and before.kind is Kind.PARAGRAPH and not before.finished):
            i += 1
            continue  # (not the start of a run after finished text: most lines, asked no further)
        k = i + 1
        while k < len(items) and items[k].kind is Kind.PARAGRAPH and items[k].cut and items[k].gap_before <= 1:
            k += 1
        if (k + 1 < len(items) and items[k].kind is Kind.PARAGRAPH and not items[k].cut
                and items[k].gap_before <= 1 and KICKER_END.search(items[k].folded.rstrip())
                and items[k + 1].kind is Kind.HEADLINE and items[k + 1].gap_before <= 1):
            join_lines(items, i, k)
        i += 1
