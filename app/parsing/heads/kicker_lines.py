"""A kicker too long for a headline (`某某街道推动28个老旧小区改造,以“新”换“心”增进民生福祉`) is read
as a line of text: a comma line that long is a sentence by its shape. When nothing heads that line
and it is the whole of its text — one line, no sentence ended — printed right above another
article's headline, it is that headline's kicker. So is a short call that ends in `!` (`现场直击!`), which
no text is made of alone, and a list of what happened trailing off in dots (`搬进“新家”、吃上“寿面”……`):
dots with no sentence ended before them leave a kicker open, not a text."""

import re

from .clause_runs import runs_on_clauses
from ..drafts import Draft
# longer than a kicker, a line is text even over a headline
from ..lines import MAX_KICKER_CHARS, Item, Kind, printed_len


_SHORT_CALL = re.compile(r"^\s*[\u3400-\u9fff]{2,6}!\s*$")
_TRAILING_OFF = re.compile(r"^[^。!?;]{4,}?(?:…+|\.{3,})\s*$")


def lift_kickers(drafts: list[Draft]) -> list[Draft]:
    """The drafts, a headless one-line text printed right above a headline moved into it as its kicker."""
    headed_at = {d.headline[0].first: d for d in drafts if d.headline}
    kept = []
    for draft in drafts:
        below = _headline_right_below(draft, headed_at)
        if below is None:
            kept.append(draft)
            continue
        line = draft.paragraphs[0]
        first, last = line.spans[0]
        # (kept a PARAGRAPH item: `headlines.compose` takes a line of text over a headline for its kicker)
        below.headline.insert(0, Item(Kind.PARAGRAPH, first, last, line.printed, line.folded, parts=[line.printed]))
        below.spans.extend(draft.spans)
    return kept


def _headline_right_below(draft: Draft, headed_at: dict[int, Draft]) -> Draft | None:
    """The article whose headline is printed one blank line under this headless one-line text."""
    if draft.headline or draft.dateline or draft.authors or draft.photo or len(draft.paragraphs) != 1:
        return None
    line = draft.paragraphs[0]
    if not (line.unfinished or _SHORT_CALL.match(line.folded) or
            _TRAILING_OFF.match(line.folded)) or len(line.spans) != 1 \
            or printed_len(line.folded) > MAX_KICKER_CHARS or runs_on_clauses(line.folded):
        return None
    below = headed_at.get(line.spans[0][1] + 2)
    return below if below is not None and len(below.headline) == 1 else None
