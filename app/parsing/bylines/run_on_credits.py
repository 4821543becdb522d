"""Names printed after an article's last sentence without brackets. Two or three names alone, spaced
apart (`……清洁行动。张三 李四`): a sentence is not printed so. Nor does a sentence end in a role word
with names run on after its full stop (`……点赞无数。通讯员 张三`, `……。记者 张三 通讯员 李四`), nor
with its source (`……三个村。来源:某某日报`, a credit that names nobody), nor, after a space, in two
characters spaced apart (`……送去了祝福。 张 三`): one name spaced out to the width of a three-character one;
nor in one to three names after a box (`……知晓认可。” □ 张三`), the mark a paper sets before its writers' names,
or in its own reporter's role and name after one (`……讲好故事。□本报记者 张三`), or another paper's
(`……看个究竟。□某某晚报融媒体记者张三`);
nor in one name set apart by a space (`……资料5个。 张三`), or two that a narrow column's wrap joined
(`……人才。 张三李四五`): a sentence does not open after a space to stop at a name."""

import re

_TRAILING_NAMES = re.compile(r"(?<=[。!?”])\s*([\u3400-\u9fff]{2,3}(?:\s+[\u3400-\u9fff]{2,3}){1,2})\s*$")
_RUN_ON_ROLE = re.compile(r"记者|通讯员|实习生")
# (after a box, any paper's own name and desk: `……。□某某晚报融媒体记者张三`)
_BOXED_OUTLET = r"[□■]\s*(?:本报|本刊|[\u3400-\u9fff]{2,10}?(?:报|网|台|社)(?:全媒体|融媒体?)?)?"
_TRAILING_ROLE_CREDIT = re.compile(rf"(?<=[。!?”])\s*(?:{_BOXED_OUTLET}|本报|本刊)?"  # (`……。□本报记者 张三`)
                                   rf"((?:{_RUN_ON_ROLE.pattern})\s*[\u3400-\u9fff]{{2,3}}"
                                   rf"(?:\s+(?:(?:{_RUN_ON_ROLE.pattern})\s*)?[\u3400-\u9fff]{{2,3}}){{0,2}})\s*$")
_BOXED_NAMES = re.compile(r"(?<=[。!?”])\s*[□■]\s*([\u3400-\u9fff]{2,3}(?:\s+[\u3400-\u9fff]{2,3}){0,2})\s*$")
# (names run together or not: the caller checks)
_SPACED_LONE = re.compile(r"(?<=[。!?”])\s+([\u3400-\u9fff]{2,6})\s*$")
_SPACED_NAME = re.compile(r"(?<=[。!?”])\s+(?!文 图|图 文)([\u3400-\u9fff] [\u3400-\u9fff])\s*$")
# (the empty group: the names a source run on names — none)
_TRAILING_SOURCE = re.compile(r"(?<=[。!?”])\s*来源\s*:\s*[^()【】。,;!?:\s]{2,16}()\s*$")
ROLE_TAIL_CHARS, NAMES_TAIL_CHARS = 30, 20  # how far from the end such a credit starts
_STOPS = ("。", "!", "?")  # a paragraph ending in one has no credit run on after it


def names_after_last_sentence(folded: str) -> tuple[re.Match[str], list[str]] | None:
    """The match (group 1: the credit) and the name-shaped tokens in it, or None: the caller checks
    that each token is printed like a person's name."""
    if folded.rstrip()[-1:] in _STOPS:
        return None  # (each credit ends in a name or a source, never in a full stop: the common case, told at once)
    m = None
    if _RUN_ON_ROLE.search(folded, max(0, len(folded) - ROLE_TAIL_CHARS)):  # (a cheap look before the full pattern)
        m = _TRAILING_ROLE_CREDIT.search(folded, max(0, len(folded) - ROLE_TAIL_CHARS))
    if m is None and folded.find("来源", len(folded) - ROLE_TAIL_CHARS) >= 0:
        m = _TRAILING_SOURCE.search(folded, max(0, len(folded) - ROLE_TAIL_CHARS))
    m = m or _TRAILING_NAMES.search(folded, max(0, len(folded) - NAMES_TAIL_CHARS))
    m = m or _BOXED_NAMES.search(folded, max(0, len(folded) - NAMES_TAIL_CHARS))
    m = m or _SPACED_LONE.search(folded, max(0, len(folded) - NAMES_TAIL_CHARS))
    if m is None and (spaced := _SPACED_NAME.search(folded, max(0, len(folded) - NAMES_TAIL_CHARS))):
        return spaced, []  # (a name spaced out shows by its print, a pen name as well: no token to check)
    return (m, _RUN_ON_ROLE.sub(" ", m.group(1)).split()) if m else None
