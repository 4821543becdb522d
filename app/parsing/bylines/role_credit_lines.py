"""A line of labelled credits printed under an article's text, the sender's name maybe first and the
date after (`某某街道 文字作者:张三,图片作者:张三,审核人:李四 2023.6.18`, `撰稿:张三;摄影:李四;审核:王五`).
Each label says what its names did: the writer and the photographer are the article's authors, the
reviewer or editor is the page's staff. Two labels or more make the line a credit, not a sentence
(a sentence would not set a colon after each of its words), so it closes the article above."""

import re

from .credits import bare_name
from .roles import STAFF_ROLES

# (`文`, `图` after one of two characters)
_WRITERS = ("文字作者", "图片作者", "文字", "图片", "撰稿", "撰文", "摄影", "作者", "文", "图")
_STAFF = ("审核人", *STAFF_ROLES)  # (`审核人:李四`: the reviewer, a role of the staff)
_LABEL = "|".join(sorted(_WRITERS + _STAFF, key=len, reverse=True))
# one `label:name name` piece; the label's colon may be left out when a name follows it directly
_PIECE = re.compile(rf"({_LABEL})\s*:?\s*((?:[\u3400-\u9fff]{{2,3}}[\s、]*){{1,4}}?)\s*(?=[,;]|\s|$)")
_DATE = re.compile(r"\s*[0-9]{4}(?:[.\-/年][0-9]{1,2}){2}日?\s*$")
_SENDER = re.compile(r"^\s*[(【]?\s*(?:[\u3400-\u9fff]{2,20}\s+)?")
_TOKEN = re.compile(r"[^\s、]+")  # one name of a piece's names
MIN_LABELS = 2
_MAX_CHARS = 80  # a credit line, however many it names, is one short line
_FIRST_LOOK = tuple(label for label in _WRITERS if len(label) > 1)  # (`文:` alone is not looked for)


def role_credit_names(printed: str, folded: str) -> list[str] | None:
    """The writers and photographers a labelled credit line names (each once, in order), or None when
    the line is not one."""
    if len(folded) > _MAX_CHARS or not any(map(folded.__contains__, _FIRST_LOOK)):
        return None  # (most lines: a paragraph, or a line naming no writer by a label)
    line = _DATE.sub("", folded).rstrip()
    line = line[:-1] if line.endswith((")", "】")) else line
    pos = _SENDER.match(line).end()
    names: list[str] = []
    labels = 0
    while pos < len(line):
        m = _PIECE.match(line, pos)
        if m is None or not m.group(2).strip():
            return None
        labels += 1
        if m.group(1) in _WRITERS:
            for start, token in _tokens(m.start(2), m.group(2)):
                if not bare_name(token):
                    return None
                name = printed[start:start + len(token)]
                if name not in names:
                    names.append(name)
        pos = m.end()
        while pos < len(line) and line[pos] in ",; ":
            pos += 1
    return names if labels >= MIN_LABELS and names else None


def _tokens(offset: int, text: str) -> list[tuple[int, str]]:
    return [(offset + m.start(), m.group()) for m in _TOKEN.finditer(text)]


_OPENS_WITH_LABEL = re.compile(rf"^\s*(?:{_LABEL})\s*:")


def labelled_byline_names(printed: str, folded: str) -> list[str] | None:
    """A labelled credit line that opens with its first label (`文字:张三 李四    图片:李四`), as one printed under a
    title does; one that names its sender first (`某某街道 文字作者:…`) signs the text above it instead."""
    return role_credit_names(printed, folded) if _OPENS_WITH_LABEL.match(folded) else None
