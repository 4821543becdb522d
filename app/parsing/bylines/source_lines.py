"""A source line printed after an article's text: `来源:某某网`, `来源:某某中学`, a sender's address
`通联:某某乡政府`, or in brackets with the writers after the source, `(来源:某某镇党政办 张三 李四)`. It
names where the text came from, so it closes the article above like a credit; the names after the source
are the writers (so is the name in an author's field after it, `来源:某某网 作者:张三`). So are the names
bracketed after the source, an editor's name after them or not
(`来源:某某日报某地记者站(记者 张三 通讯员 李四) 编辑:王五`: the editor edited, the bracket's people wrote). (A
source naming reporters by their role, `来源:某某日报通讯员 张三`, is a credit the credit reader knows.) A reprint
names its outlet after a dash, alone on the line under the text (`——某某网`): a source line naming nobody."""

import re

from .closing_credits import closing_credit_names, end_byline_names
from .credits import has_role_word, looks_like_names, split_names
from .outlet_datelines import OUTLET

SOURCE_WORDS = ("来源", "通联")  # (`通联:某某乡政府`: where the text came from, the sender's address)
# the source and the names after it, short and without a sentence's punctuation
# (`来源:某某网 作者:张三`: the site's source and author fields printed on one line, the author's label read past;
# so is a reporter's, `来源:某某日报   记者:张三`)
# (a site's field may say `信息来源:某某县委办`)
_SOURCE_LINE = re.compile(r"^\s*[▌■□◆●]?\s*[(【]?\s*(?:信息)?(?:" + "|".join(SOURCE_WORDS)
                          + r")\s*:\s*([^()【】。,;!?:]{2,40}?(?:\s+(?:作者|记者)\s*:\s*[^()【】。,;!?:\s]{2,12})?)"
                          + r"\s*[)】]?\s*$")


_SOURCE_WITH_CREDIT = re.compile(r"^\s*来源\s*:\s*[^()。,;!?:\s]{2,20}?\s*(\([^()]{2,40}\))"
                                 r"\s*(?:(?:责任)?编辑\s*:\s*[\u3400-\u9fff]{2,4})?\s*$")


_DASHED_OUTLET = re.compile(rf"^\s*—{{1,2}}\s*(?:{OUTLET}|[\u3400-\u9fff]{{1,10}}?客户端)\s*$")


def opens_with_source_word(folded: str) -> bool:
    """`来源:…`, `信息来源:…` (after a mark or a bracket at most): a source line's first word, no dash's."""
    m = _SOURCE_LINE.match(folded)
    return m is not None and folded.lstrip(" ▌■□◆●(【")[:1] != "—"


def is_source_line(folded: str) -> bool:
    return (_SOURCE_LINE.match(folded) is not None or _SOURCE_WITH_CREDIT.match(folded) is not None
            or _DASHED_OUTLET.match(folded) is not None)


def source_line_names(printed: str, folded: str) -> list[str] | None:
    """The writers a source line names ([] when it names only the source), or None for another line."""
    m = _SOURCE_LINE.match(folded)
    if m is None and _DASHED_OUTLET.match(folded):
        return []
    if m is None:
        credit = _SOURCE_WITH_CREDIT.match(folded)
        return None if credit is None else end_byline_names(printed[credit.start(1):credit.end(1)], credit.group(1))
    source_end = m.start(1) + len(m.group(1).split()[0])
    rest = folded[source_end:m.end(1)]
    if looks_like_names(rest):
        return split_names(printed[source_end:m.end(1)], rest)
    # (`来源:某某报 记者 张三 通讯员 李四`: the paper's reporters after it, each under a role)
    return (has_role_word(rest) and closing_credit_names(printed[source_end:m.end(1)], rest)) or []
