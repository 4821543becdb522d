"""Credit lines that close the article above rather than head the next one (lines.py reads every line's kind first;
this settles a byline's place from the lines around it)."""

from ..heads.weak_heads import exclaims_over_its_byline
from ..kinds import Kind
from .credits import BOX_BYLINE
from .writer_labels import writer_label_end


def settle_end_credits(items: list) -> None:
    """A credit line (`融媒体记者:张三`, `记者 张三`) right after finished text and before the next
    headline, the end of the page or text without a headline closes the article above, as `·张三·`
    does: a byline stands under a headline (a boxed one, `□ 张三`, or one opening with the writer's label and its bar,
    `文 | 张三`, even over a body printed apart, under a subtitle closed by a full stop). So do two or
    more credit lines there, one under the other (`现代快报记者 张三` / `摄影 现代快报记者 李四`): what follows the
    last of them tells, and they close the text together."""
    for i, item in enumerate(items):
        before = items[i - 1] if i > 0 else None
        k = i + 1  # (past the credit lines printed right under this one)
        while k < len(items) and items[k].kind is Kind.BYLINE and items[k].gap_before < 2:
            k += 1
        nxt = items[k] if k < len(items) else None
        if (item.kind is Kind.BYLINE and before is not None and before.finished
                and before.kind in (Kind.PARAGRAPH, Kind.DATELINE) and (nxt is None or nxt.kind is Kind.HEADLINE or (
                    nxt.kind is Kind.PARAGRAPH and not BOX_BYLINE.match(item.folded)
                    and not writer_label_end(item.folded)  # (`文 | 张三` heads its text, as `□ 张三` does)
                    and not exclaims_over_its_byline(items, i - 1)))):  # (`某某助农:…!` over its byline)
            for line in items[i:k]:
                line.kind = Kind.END_BYLINE
