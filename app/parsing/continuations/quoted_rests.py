"""The rest of a sentence the columns broke inside an open quotation (`…“山路` / `难走,出门就犯愁。”…`): printed lower
on the page, it is the first paragraph whose first quotation mark closes a quotation. A paragraph whose first mark
opens one (`“早在那年…”,…`, a villager's words in the piece printed between) is no rest of it: within a quotation a
paper quotes in single marks, so the open quotation closes before another opens. The paragraphs before that rest,
however well their subject would suit the broken article, are the piece printed between's."""

from ..drafts import Draft
from ..shapes import opens_unclosed_quote

_QUOTES = "“”"


def _first_quote_closes(folded: str) -> bool:
    first = next((c for c in folded if c in _QUOTES), "")
    return first == "”"


def rest_closing_its_quote(host: Draft, k: int, starts: list[int], target: Draft) -> int | None:
    """The first start after k whose first quotation mark closes the target's open quotation, when the target broke off
    inside one and paragraph k's first mark does not close it; else None."""
    broken = target.paragraphs[-1].folded if target.paragraphs else ""
    if not target.ends_unfinished or not opens_unclosed_quote(broken) or _first_quote_closes(host.paragraphs[k].folded):
        return None
    return next((n for n in starts if n > k and _first_quote_closes(host.paragraphs[n].folded)), None)
