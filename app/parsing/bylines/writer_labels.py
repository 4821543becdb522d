"""A byline opening with the writer's label and a bar (`文 | 张三`, `文 |《某某》周刊记者 张三 李四`): the label says
who wrote the text, the bar sets it apart, and the names are read from what follows it as from any byline. No
headline opens with a lone `文` and a bar. Many editors type the bar as the Korean vowel `ㅣ` (folded to `ᅵ`), drawn
the same; it is read as the bar."""

import re

from .credits import bare_name, looks_like_names, split_names

_WRITER_LABEL = re.compile(r"^\s*文\s*[|丨ㅣᅵ]\s*")


def writer_label_end(folded: str) -> int:
    """Where the label `文 |` ends when the line opens with it, else 0."""
    label = _WRITER_LABEL.match(folded)
    return label.end() if label and label.end() < len(folded.rstrip()) else 0


def bare_names_after_label(printed: str, folded: str) -> list[str] | None:
    """`文 | 张三 李四`: names alone after the label (no role word), else None."""
    if not looks_like_names(folded):
        return None
    names = split_names(printed, folded)
    return names if names and all(bare_name(name) for name in names) else None
