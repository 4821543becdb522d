"""A comma line right under a section head that stands between paragraphs, and right over another comma line
that the text below restates (`返乡青年的新点子` / `张三是本村2020年7月毕业的大学生,满怀热情的他…与同学李四合` /
`某社区与某学校 携手共建,美化楼道环境` / `近日,某社区携手某学校…`): the article above was cut a few words
into the paragraph under its head, and the next article's title follows. The first line is that paragraph's
text the column broke (it shares hardly a word with the text below), not a headline over that title. A kicker
closed by `:` or `——` may stand over that title (`某某镇某某村:` / `小小草莓种出致富路`), then the title need hold no
comma, nor restate the text: a kicker leads into a title, never into a line of text, so the group below starts at
the kicker."""

from ..kinds import Kind
from ..openings import opening_text
from ..shapes import KICKER_END
from ..similarity import RESTATES, text_affinity


def broken_under_head(items: list, i: int) -> bool:
    """Item i, a comma line, is text cut under the section head above it, over the next article's title."""
    if i < 2 or i + 2 >= len(items):
        return False
    above, head, title = items[i - 2], items[i - 1], items[i + 1]
    led = title.kind is Kind.HEADLINE and KICKER_END.search(title.folded) is not None and i + 3 < len(items)
    if led:  # (`某某村:` over the title: the title is the line under it)
        title = items[i + 2]
    if not (above.kind is Kind.PARAGRAPH and above.finished and head.kind is Kind.HEADLINE and head.gap_before < 2
            and title.kind is Kind.HEADLINE and (title.weak or led) and title.gap_before < 2):
        return False
    opening = opening_text(items, i + 3 if led else i + 2)
    return bool(opening) and (led or text_affinity(title.folded, opening) >= RESTATES) and text_affinity(
        items[i].folded, opening) < RESTATES / 2
