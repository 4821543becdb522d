"""Every line apart, a long kicker the column wrapped (`某某记者跟随采访团走进某某乡间,看乡村` / `新貌、产业发展——`)
stands as lines as wide as the column and a last shorter line ending in `——` or `:`, right over a headline. Read
line by line the wide lines look like text going on; where the lines touch they are one piece, which the page's
long-kicker rule reads. So, apart, the run is put back together into that one piece when it opens after finished
text (or the page's top) and its last line leads into the headline under it, as only a kicker does; after a sentence
the column broke off too when that last line ends in the dash: no sentence's rest ends leading into a headline with a
dash (a colon may end a sentence's rest that announces what follows)."""

from ..kinds import Kind
from ..line_joins import join_lines
from ..shapes import KICKER_END


def _ends_a_run(item) -> bool:
    """A line of text, or the dash alone (`——`, read as noise by itself: the column left only it on the last line)."""
    return item.kind is Kind.PARAGRAPH or item.kind is Kind.NOISE and item.folded.strip() == "——"


def join_kickers_apart(items: list, kicker_chars: int) -> None:
    """Join each run of cut lines and a last line ending in `——` or `:`, over a headline, into one piece (after a
    broken sentence, or ending in the dash alone, a run no longer than a kicker, `kicker_chars`: a longer one opens
    with the broken sentence's last line, and the kicker's run starts on the next)."""
    i = 0
    while i < len(items):
        before = items[i - 1] if i > 0 else None
        if items[i].kind is not Kind.PARAGRAPH or not items[i].cut:
            i += 1
            continue  # (not the start of a run: most lines, asked no further)
        after_broken = before is not None and before.kind is Kind.PARAGRAPH and not before.finished
        k = i + 1
        while k < len(items) and items[k].kind is Kind.PARAGRAPH and items[k].cut and items[k].gap_before <= 1:
            k += 1
        if (k + 1 < len(items) and _ends_a_run(items[k]) and not items[k].cut
                and items[k].gap_before <= 1 and KICKER_END.search(last := items[k].folded.rstrip())
                and (not after_broken or last.endswith("——"))
                and items[k + 1].kind is Kind.HEADLINE and items[k + 1].gap_before <= 1
                and (not after_broken and items[k].kind is Kind.PARAGRAPH
                     or sum(len(item.folded.strip()) for item in items[i:k + 1]) <= kicker_chars)):
            join_lines(items, i, k)
        i += 1
