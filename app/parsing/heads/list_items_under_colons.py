"""A numbered line (`1、在上级资金支持下,去年建起了`) right under a paragraph closing on a colon that announces what
follows (`他们的办法是:`), with no text of its own under it but the next item's headline, is the first item of the list
the colon announced, cut off by the column where another item cut in: text of that paragraph's article, its rest
printed further down. A numbered head stands over the text of its part; this line stands over none."""

from ..kinds import Kind
from ..shapes import ORDINAL_HEAD


def settle_list_items_under_colons(items: list) -> None:
    for i in range(1, len(items) - 1):
        item, above, below = items[i], items[i - 1], items[i + 1]
        if (item.kind is Kind.HEADLINE and len(item.parts) == 1 and ORDINAL_HEAD.match(item.folded)
                and above.kind in (Kind.PARAGRAPH, Kind.DATELINE) and above.folded.rstrip().endswith(":")
                and item.gap_before < 2 and below.kind is Kind.HEADLINE):
            item.kind, item.parts, item.weak, item.phrase_head = Kind.PARAGRAPH, [], False, False
